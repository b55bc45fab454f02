def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            raise KeyError("k")
        return "ok"
    except ValueError as e:
        return f"value {e}"
    except (KeyError, IndexError) as e:
        return f"lookup {e!r}"
    finally:
        print("finally", x)
print(f(0)); print(f(1)); print(f(2))
try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(repr(e.__context__))
class E(Exception):
    pass
try:
    raise E
except Exception as e:
    print(type(e), e.args)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["x"]
except KeyError as e:
    print(e, e.args)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
def g():
    try:
        return 1
    finally:
        print("g finally")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0], sys.exception())
print(sys.exception())
