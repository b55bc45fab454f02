class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[0:2, 1], m[::2, 0], m[-1][-1])
m[0, 0] = 'X'
print(m.rows[0])
class Dictish:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
dd = Dictish()
dd['a'] = 1
dd[1, 2] = 'tuple'
print(len(dd), 'a' in dd, dd[1, 2], (1, 2) in dd)
del dd['a']
try:
    dd['a']
except KeyError as e:
    print(type(e).__name__, e)
print([10, 20, 30][True], 'abc'[False], {0: 'zero'}[False], {1.0: 'one'}[True])
