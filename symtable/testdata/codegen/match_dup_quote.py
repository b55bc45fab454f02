match x:
 case {"it's": 1, "it's": 2}: pass
