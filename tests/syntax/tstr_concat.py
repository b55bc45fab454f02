t'a' t'b'
t'{a}' t'{b}'
(t'x'
 t'{y}')
