- + - + x
~~x
not not not x
-(-x)
+1
-1
-1.5
-1j
