from _h import t
objs = [1, 'x', [], {}, (), None, 1.5, len, type, object()]
for o in objs:
    print(type(o).__name__, getattr(o, 'nope', 'D'), hasattr(o, '__class__'), hasattr(o, '__dict__'), getattr(o, '__class__').__name__)
t(getattr, 1, 'nope')
t(getattr, [], 'nope')
t(getattr, len, 'nope')
t(getattr, type, 'nope')
