class cm_from_gen:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(v)
            except StopIteration:
                return True
            except BaseException as e:
                if e is v: return False
                raise
        return False
def resource(name):
    print('acquire', name)
    try:
        yield name.upper()
    except KeyError:
        print('handled KeyError inside generator')
    finally:
        print('release', name)
with cm_from_gen(resource('a')) as r:
    print('using', r)
with cm_from_gen(resource('b')):
    raise KeyError('k')
print('suppressed by generator')
try:
    with cm_from_gen(resource('c')):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
