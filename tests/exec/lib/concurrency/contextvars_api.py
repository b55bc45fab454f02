# contextvars: ContextVar, Token, Context (no threads).
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar('v', default=10)
w = ContextVar('w')
print(v.name, v.get(), v.get(5), w.get(7))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    w.reset(t)
except ValueError as e:
    print("ValueError", "created by a different ContextVar" in str(e))
v.reset(t)
print(v.get())
with v.set(3) as tok:
    print("in with", v.get(), type(tok).__name__)
print("after with", v.get())
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    v.reset(5)
except TypeError as e:
    print("TypeError", e)

ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx)
w.set('x')
print(len(ctx), w in ctx, len(copy_context()))
c2 = copy_context()
print(c2[w], c2.get(w), c2.get(v), c2.get(v, 'dflt'))
try:
    c2[v]
except KeyError as e:
    print("KeyError", e.args[0] is v)
try:
    c2[1]
except TypeError as e:
    print("TypeError", e)
print(sorted(k.name for k in c2), sorted(k.name for k in c2.keys()), list(c2.values()), [(k.name, x) for k, x in c2.items()])


def f(a, b=0):
    w.set('inside')
    return a + b, w.get()


print(c2.run(f, 1, b=2), w.get(), c2[w])
try:
    c2.run(lambda: c2.run(lambda: 1))
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
empty = Context()
print(len(empty), empty.run(w.get, 'none'), empty == Context(), c2 == c2.copy(), c2 == empty)
try:
    hash(empty)
except TypeError as e:
    print("TypeError", e)
try:
    Context(1)
except TypeError as e:
    print("TypeError", e)
print(contextvars.__all__ if hasattr(contextvars, '__all__') else None)
