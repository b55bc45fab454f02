match x:
 case {True: 1, 1.0: 2}: pass
