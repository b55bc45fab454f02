match x:
 case {1j: a, 1j: b}: pass
