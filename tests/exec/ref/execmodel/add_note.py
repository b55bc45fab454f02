e = ValueError('base')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(hasattr(ValueError(), '__notes__'))
try:
    raise e
except ValueError as ex:
    print(ex.__notes__, str(ex))
e2 = KeyError('k')
e2.__notes__ = ['manual']
e2.add_note('added')
print(e2.__notes__)
e3 = TypeError('t')
e3.__notes__ = 'not a list'
try:
    e3.add_note('x')
except TypeError as ex:
    print(type(ex).__name__, ex)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note('context: dividing')
        raise
try:
    f()
except ZeroDivisionError as z:
    print(z.__notes__)
raise RuntimeError('with notes uncaught') if False else None
err = RuntimeError('final')
err.add_note('first note')
err.add_note('second\nmultiline note')
raise err
