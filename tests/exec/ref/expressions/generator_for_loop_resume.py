# Generators driven by for loops (resumed inside the caller's eval loop):
# exhaustion, PEP 479, exceptions and tracebacks, sys.exc_info state,
# re-entrancy, recursion depth, finally, break and resume by next().
import sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(list(evens(count(10))))
s = 0
for x in evens(count(20)):
    s += x
print(s)

def bad():
    yield 1
    raise StopIteration("oops")

try:
    for x in bad():
        print("got", x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def raiser():
    yield 1
    raise ValueError("boom")

try:
    for x in raiser():
        print("got", x)
except ValueError as e:
    print("caught", e)
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("tb depth", n)

def handled_state():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

try:
    raise TypeError("outer")
except TypeError:
    for v in handled_state():
        print("gen sees", v, "caller sees", sys.exc_info()[0].__name__)
print("after", sys.exc_info()[0])

g = count(5)
for x in g:
    if x == 2:
        break
print("resumed", next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def reentrant():
    for x in gg:
        yield x

gg = reentrant()
try:
    for x in gg:
        pass
except ValueError as e:
    print(type(e).__name__, e)

def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x + 1

print(list(deep(50)))
sys.setrecursionlimit(100)
try:
    for x in deep(200):
        pass
except RecursionError as e:
    print("recursion", type(e).__name__)
sys.setrecursionlimit(1000)

def ctx():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

for x in ctx():
    print("ctx", x)

def inner_exc():
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
            yield i
        except IndexError as e:
            yield "handled %s" % e

for v in inner_exc():
    print(v)

def ret_in_loop():
    for i in range(10):
        yield i
        if i == 3:
            return
print(list(ret_in_loop()), [y for y in ret_in_loop()])
print(sum(x for x in count(100)), max(count(7)))

def gen_frame():
    yield sys._getframe().f_back.f_code.co_name
def caller_fn():
    for n in gen_frame():
        return n
print("f_back", caller_fn())
