# Sub-exceptions that were never raised have no traceback entries.
eg = ExceptionGroup("plain", [ValueError("a"), OSError("disk", "nope"), ZeroDivisionError()])
print(repr(eg.exceptions[1]))
raise eg
