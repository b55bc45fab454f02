class A:
    pass
class B(A):
    pass
def f(): pass
print(A.__bases__, B.__bases__[0].__name__, f(), A.__dict__.get('__doc__'), f.__doc__)
for i in range(2):
    pass
else:
    pass
print(i)
try:
    pass
finally:
    pass
print('pass everywhere')
