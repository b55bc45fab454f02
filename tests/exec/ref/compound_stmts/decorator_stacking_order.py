def tag(name):
    print('make', name)
    def deco(f):
        print('apply', name, 'to', getattr(f, '__name__', type(f).__name__))
        def w(*a):
            return f'<{name}>' + str(f(*a)) + f'</{name}>'
        w.__name__ = f.__name__
        return w
    return deco
@tag('b')
@tag('i')
@tag('u')
def text(s): return s
print(text('hi'))
class C:
    @staticmethod
    @tag('s')
    def sm(x): return x
    @classmethod
    @tag('c')
    def cm(cls, x): return (cls.__name__, x)
print(C.sm(1), C.cm(2))
def add_attr(**kw):
    def d(f):
        for k, v in kw.items(): setattr(f, k, v)
        return f
    return d
@add_attr(version=2, author='me')
def api(): pass
print(api.version, api.author)
