class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class Thing(metaclass=Meta):
    def __init__(self, v):
        self.v = v
t = Thing(5)
print(t.v, Thing.added, type(Thing).__name__, isinstance(Thing, Meta))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class A(metaclass=Registry): pass
class B(A): pass
print(Registry.classes)
X = type("X", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(X().f(), X.__name__, X.a)
class Ordered:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(Ordered[int])
