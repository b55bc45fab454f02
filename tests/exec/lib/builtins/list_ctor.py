from _h import t
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1}), list({'a': 1}.values()), list(x * 2 for x in range(3)))
t(list, 5)
t(list, 1, 2)
t(list, iterable=[1])
l = [1, 2]; c = list(l); print(c == l, c is l)
class LL(list): pass
x = LL('ab'); print(x, type(x).__name__)
print(list.__name__, repr(list[int]), list.__class_getitem__(str))
class G:
    def __iter__(self):
        yield 1
        raise ValueError('mid')
t(list, G())
print(list(b'ab'), list(memoryview(b'q')))
