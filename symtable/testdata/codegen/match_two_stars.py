x = 1
match x:
 case [*_, *_]: pass
