f(x for x in y).a = 1
f(a)(b)[c].d = 2
a.b[c](d).e[f] = 3
