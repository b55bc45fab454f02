def f():
    return len('abc')
print(f())
import builtins
orig = builtins.len
builtins.len = lambda x: 'patched'
print(f())
builtins.len = orig
print(f())
globals()['len'] = lambda x: 'global shadow'
print(f())
del globals()['len']
print(f())
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
ns = {'__builtins__': {'len': lambda x: 'custom builtins'}}
exec('r = len("abc")', ns)
print(ns['r'])
print(type(globals()).__name__, globals() is vars())
print(sorted(k for k in globals() if k.startswith('__') and k != '__builtins__' and k not in ('__annotations__', '__cached__')))
