# -*- coding: utf-8 -*-
# A comment with unicode: ünïcödé
x = 1  # trailing comment
# print('commented out')
print(x)  # another
print('# not a comment', "#also not")
def f():
    # comment in body
    return 2  # trailing
print(f())
y = [
    1,  # one
    # standalone
    2,
]
print(y)
print('ünïcödé', len('ünïcödé'))
import sys
print(sys.getdefaultencoding())
