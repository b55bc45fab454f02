print('executing _simple')
X = 10
def double(v):
    return v * 2
class K:
    pass
_hidden = 1
__all__ = ['X', 'double']
