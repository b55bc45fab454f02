class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, t=None): return f'field {self.name}'
class Model:
    a = Field()
    b = Field()
print(Model().a, Model.b)
class Later:
    pass
f = Field()
Later.c = f
print(hasattr(f, 'name'))
f.__set_name__(Later, 'c')
print(Later().c)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('boom')
try:
    class X:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None, e.__notes__ if hasattr(e, '__notes__') else '')
class Both:
    def __set_name__(self, owner, name): print('Both', name)
class Y:
    x = y = Both()
class Meta(type):
    def __new__(m, name, bases, ns):
        print('meta new', name)
        return super().__new__(m, name, bases, ns)
class Z(metaclass=Meta):
    f = Field()
t = type('Dyn', (), {'d': Field()})
print(t().d)
