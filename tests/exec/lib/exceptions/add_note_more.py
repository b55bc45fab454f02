from _h import t
e = Exception('base')
e.add_note('n1')
e.__notes__.append('n2')
print(e.__notes__)
e.__notes__ = ['replaced']
e.add_note('n3'); print(e.__notes__)
del e.__notes__
print(hasattr(e, '__notes__'))
e.add_note('again'); print(e.__notes__)
class S(str): pass
e.add_note(S('sub')); print(e.__notes__, type(e.__notes__[-1]).__name__)
t(e.add_note, b'bytes')
t(e.add_note, 'a', 'b')
e.__notes__ = ('tuple',)
t(e.add_note, 'x')
try:
    try:
        raise ValueError('v')
    except ValueError as v:
        v.add_note('added in handler')
        raise
except ValueError as v:
    print(v.__notes__)
class Slot(Exception):
    __slots__ = ()
s = Slot(); s.add_note('slot note'); print(s.__notes__)
print(KeyboardInterrupt().add_note('x'))
