s = 'héllo'
t = '日本語'
u = '😀 emoji'
v = 'mixed ascii and ünïcödé'; w = 1
f(s, 'ä', x)
x = 'é' + y
