log = []
class T:
    def __setattr__(self, k, v):
        log.append(('setattr', k, v))
        object.__setattr__(self, k, v)
    def __setitem__(self, k, v):
        log.append(('setitem', k, v))
t = T()
t.a = t['b'] = t.c = 'val'
print(log); log.clear()
t.x, t['y'] = 1, 2
print(log); log.clear()
(t.p, (t['q'], t.r)) = 'P', ('Q', 'R')
print(log)
