excs = [KeyError(i) for i in range(16)]
raise ExceptionGroup("sixteen", excs)
