def f(a, b, c=3, *, d, e=5):
    pass
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def p(a, /, b):
    pass
try:
    p(a=1, b=2)
except TypeError as e:
    print(e)
def g(x):
    pass
for call in (lambda: g(), lambda: g(1, 2), lambda: g(1, x=2), lambda: g(y=1)):
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
try:
    many()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    (lambda *, k: k)()
except TypeError as e:
    print(e)
