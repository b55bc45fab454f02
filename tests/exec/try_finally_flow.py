def f():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(f())
def g():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print("inner", e, repr(e.__context__))
        print("still handling")
    return "done"
print(g())
def h():
    try:
        return "try"
    finally:
        print("cleanup h")
print(h())
def nested():
    try:
        try:
            raise KeyError("x")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
try:
    try:
        raise ValueError
    except ValueError:
        raise
except ValueError as e:
    print("reraised", type(e).__name__)
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as ne:
        print("cleared:", ne)
    except UnboundLocalError as ue:
        print("cleared:", ue)
exc_var_cleared()
