match x:
 case {1+2j: 1, 1+2j: 2}: pass
