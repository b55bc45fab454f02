# More than 15 sub-exceptions: the rest are summarised.
excs = [ValueError(i) for i in range(20)]
print(len(excs))
raise ExceptionGroup("many", excs)
