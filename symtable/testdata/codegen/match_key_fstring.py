match x:
 case {f'{y}': a}: pass
