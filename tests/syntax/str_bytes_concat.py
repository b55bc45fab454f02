b'a' b'b' b'c'
(b'x'
 rb'y'
 Rb'\z')
