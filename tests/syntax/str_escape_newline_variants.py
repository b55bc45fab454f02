'a\
b'
'c\
d'
