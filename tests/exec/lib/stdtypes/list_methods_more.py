from _h import t
l = [1, 'a', 2.0, None, [1]]
print(l.index(None), l.index([1]), l.count(2), l.count(2.0), 2 in l, [1] in l, l.index(1.0), l.count(True))
l2 = [3, 1, 2]
print(l2.copy(), l2[:], list(l2), l2.__copy__() if hasattr(l2, '__copy__') else 'no __copy__')
l3 = []; l3.extend(l3); print(l3)
l4 = [1, 2]; l4.extend(l4); print(l4)
l5 = [1]; l5.append(l5); print(l5, len(l5))
t(l2.index, 1, 'x')
t(l2.count)
t(l2.reverse, 1)
t(l2.clear, 1)
t(l2.copy, 1)
t(l2.insert, 0)
t(l2.pop, 'x')
t(l2.pop, 1, 2)
l6 = list(range(5)); print(l6.pop(True), l6)
class EqAll:
    def __eq__(self, o): return True
print([1, 2].index(EqAll()), [1, 2].count(EqAll()), EqAll() in [5])
l7 = [1, 2, 3, 2]; l7.remove(2); print(l7)
class Idx:
    def __index__(self): return 1
print(['a', 'b', 'c'][Idx()], ['a', 'b', 'c'].pop(Idx()))
