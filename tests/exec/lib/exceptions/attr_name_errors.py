class A:
    __slots__ = ('x',)
try:
    A().nope
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
try:
    (1).zz
except AttributeError as e:
    print(e, e.name, e.obj)
e = AttributeError('m', name='n', obj=5)
print(e.args, e.name, e.obj, str(e))
e = AttributeError()
print(e.name, e.obj)
try:
    AttributeError('m', bogus=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)
def f():
    try:
        print(loc)
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.name)
    loc = 1
f()
e = NameError('m', name='nm'); print(e.name, e.args)
try:
    import no_such_module_zz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg)
e = ImportError('msg', name='nm', path='/p')
print(e.name, e.path, e.msg, str(e), repr(e), e.args)
e = ImportError(); print(e.name, e.path, e.msg, e.name_from)
try:
    ImportError('m', foo=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
