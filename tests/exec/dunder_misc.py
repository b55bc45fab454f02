class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(self.cents / 100, spec) + "$"
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __hash__(self):
        return hash(self.cents)
    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents
m = Money(1234)
print(str(m), repr(m), f"{m:.1f}", bool(m), bool(Money(0)), int(m), float(m))
print([10, 20, 30][Money(1)], hex(Money(255)), {m: "x"}[Money(1234)])
print(m == Money(1234), m != Money(1), m == 5)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
class Len:
    def __len__(self): return 3
print(len(Len()), bool(Len()))
class Ctx:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
x = Ctx()
x.real = 1
print(x.magic, x.real)
class SetAttr:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
s = SetAttr()
s.v = 5
print(s.v)
