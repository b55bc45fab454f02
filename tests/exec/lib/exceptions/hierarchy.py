import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__bases__], [m.__name__ for m in c.__mro__][1:])
