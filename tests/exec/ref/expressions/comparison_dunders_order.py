log = []
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o): log.append(f'A{self.n}.eq'); return NotImplemented
    def __lt__(self, o): log.append(f'A{self.n}.lt'); return NotImplemented
    def __gt__(self, o): log.append(f'A{self.n}.gt'); return NotImplemented
class B(A):
    def __eq__(self, o): log.append(f'B{self.n}.eq'); return NotImplemented
    def __gt__(self, o): log.append(f'B{self.n}.gt'); return NotImplemented
a, b = A(1), B(2)
print(a == b, log); log.clear()
print(b == a, log); log.clear()
try:
    a < b
except TypeError as e:
    print(e, log); log.clear()
print(a != b, log); log.clear()
print(a == a, log); log.clear()
try:
    a < a
except TypeError as e:
    print(e, log); log.clear()
