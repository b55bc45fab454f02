match x:
 case {a.b: 1, a.b: 2}: pass
