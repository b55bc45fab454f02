match x:
    case [1, (2, [3, {4: [5, Point(x=[6, *_])]}])]:
        pass
    case {'a': {'b': {'c': [d, e] | (d, e)}}}:
        pass
    case A(B(C(D(1), 2), 3), e=E(f=F())):
        pass
