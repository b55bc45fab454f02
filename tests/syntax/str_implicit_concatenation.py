'a' 'b'
'a' "b" '''c''' """d"""
('a'
 'b'
 'c')
b'a' b'b'
r'\d' 'e'
u'a' 'b'
'a' u'b'
x = ('first line '
     'second line')
