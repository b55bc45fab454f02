-a
+a
~a
not a
- - a
not not a
-a ** b
(-a) ** b
~-+a
