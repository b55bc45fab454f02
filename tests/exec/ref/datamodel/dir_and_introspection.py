class A:
    cls_attr = 1
    def meth(self): pass
    @property
    def prop(self): return 1
a = A()
a.inst = 2
names = [n for n in dir(a) if not n.startswith('__')]
print(names)
print([n for n in dir(A) if not n.startswith('__')])
print(callable(getattr(a, 'meth')), isinstance(A.__dict__['prop'], property))
print(sorted(vars(a)), hasattr(a, 'prop'), getattr(a, 'prop'))
print(type(a).__name__, a.__class__.__qualname__, A.__module__, type(A).__name__)
print('__init__' in dir(a), '__dict__' in dir(A), 'cls_attr' in A.__dict__)
print(isinstance(a, A), isinstance(a, object), issubclass(A, object), A.__subclasses__())
class B(A): pass
print([c.__name__ for c in A.__subclasses__()])
