class Base:
    attr = 1
    def __init__(self, x):
        self.__private = x
        __local = 2
        return __local
    def method(self):
        return super().method() + attr
    @classmethod
    def cm(cls):
        return __class__
    @staticmethod
    def sm():
        super
    class Inner:
        def f(self):
            return super().f()
    __mangled = 3
    def uses_mangled(self):
        return __mangled, self.__mangled

def make():
    v = 1
    class Local:
        w = v
        def m(self):
            return v
        v = 2
    return Local

class Meta(type, metaclass=type, flag=True):
    pass

class WithFree:
    x = 1
    def f(self):
        x = 2
        def g():
            return x
        return g
    def h(self):
        return x
