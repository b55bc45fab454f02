raise ExceptionGroup("eg", [ValueError("line one\nline two"), ExceptionGroup("sub", [TypeError("x\ny")])])
