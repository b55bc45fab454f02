# Exceptions: raise and catch in a loop, custom exception classes, finally.
class MyError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise MyError(i)
    if i % 3 == 1:
        raise ValueError("bad")
    return i


def work(n):
    s = 0
    for i in range(n):
        try:
            s += check(i)
        except MyError as e:
            s += e.code
        except ValueError:
            s += 1
        finally:
            s += 2
    d = {}
    for i in range(n):
        try:
            s += d[i]
        except KeyError:
            s -= 1
    return s


print(work(700000))
