class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    pass
print(Square(3).describe())
try:
    Circle().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Registry(type):
    classes = []
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        if bases:
            m.classes.append(name)
        return cls
class Plugin(metaclass=Registry): pass
class A(Plugin): pass
class B(Plugin): pass
print(Registry.classes)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self): print('Config init')
print(Config() is Config())
