log = []
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        log.append(('prepare', name))
        return {}
    def __new__(m, name, bases, ns, **kw):
        log.append(('new', name))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
def deco(cls):
    log.append(('deco', cls.__name__))
    return cls
class Base:
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__))
class Desc:
    def __set_name__(self, o, n):
        log.append(('set_name', n))
@deco
class K(Base, metaclass=Meta):
    log.append(('body', 'K'))
    d = Desc()
for entry in log:
    print(entry)
