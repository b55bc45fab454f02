match x:
 case {'a': 1, b'a': 2}: pass
