match x:
 case {'a\n': 1, 'a\n': 2}: pass
