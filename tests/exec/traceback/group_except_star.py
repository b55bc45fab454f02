def work():
    raise ExceptionGroup("work", [ValueError("a"), TypeError("b"), ValueError("c")])

try:
    work()
except* ValueError as eg:
    print("caught", [str(e) for e in eg.exceptions])
