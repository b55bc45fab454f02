x = 1 + \
    2
print(x)
y = (1 +
     2 +
     3)
print(y)
z = [1,
     2,  # comment
     3]
print(z)
d = {'a': 1,
     'b': 2}
print(d)
if x == 3 and \
   y == 6:
    print('both')
a = 1; b = 2; c = a + b; print(c)
if True: print('inline if')
for i in range(2): print('loop', i)
while False: pass
def f(): return 'one-line def'
print(f())
class K: v = 7
print(K.v)
s = 'with # hash'  # real comment
print(s)
print(len("""
# not a comment
"""))
	
print('after blank line with tab')
