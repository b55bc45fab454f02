match x:
 case f'{a}': pass
 case [a, a]: pass
