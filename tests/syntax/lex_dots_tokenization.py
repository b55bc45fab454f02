from .... import a
x = a . b
y = ...
z = a[...,...]
