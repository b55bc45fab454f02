1
'string statement'
[1, 2]
x = 5
x
x + 1
None
...
def f():
    print('f called')
    return 'ignored result'
f()
(f)()
[f() for _ in range(2)]
class C:
    def __repr__(self):
        print('repr called?')
        return 'C'
C()
print('expression statements do not print in scripts')
lambda: 0
(yield_ := 3)
print(yield_)
