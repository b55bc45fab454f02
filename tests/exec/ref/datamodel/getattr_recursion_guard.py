class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T:
    x = 1
p = Proxy(T())
print(p.x)
p.y = 2
print(p.y, p._target.y)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Broken:
    def __getattr__(self, name):
        if name == 'data':
            raise AttributeError('no data')
        return self.data
try:
    Broken().anything
except AttributeError as e:
    print(type(e).__name__, e)
class Default(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
d = Default(a=1)
print(d.a, getattr(d, 'b', 'none'))
