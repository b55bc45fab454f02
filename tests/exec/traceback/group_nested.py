def inner():
    raise ExceptionGroup("inner", [ValueError(1), TypeError("two")])

def outer():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, RuntimeError("three")])

print("start")
outer()
