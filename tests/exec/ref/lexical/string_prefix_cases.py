print(repr(u'x'), repr(U'x'), repr(r'\x'), repr(R'\x'), repr(b'x'), repr(B'x'))
print(repr(br'\x'), repr(Br'\x'), repr(bR'\x'), repr(BR'\x'), repr(rb'\x'), repr(rB'\x'), repr(Rb'\x'), repr(RB'\x'))
v = 1
print(repr(f'{v}'), repr(F'{v}'), repr(fr'\{v}'), repr(Fr'\{v}'), repr(fR'\{v}'), repr(FR'\{v}'), repr(rf'\{v}'), repr(Rf'\{v}'), repr(rF'\{v}'), repr(RF'\{v}'))
print(type(t'{v}').__name__, type(T'{v}').__name__, type(rt'{v}').__name__, type(tr'{v}').__name__)
