match x:
 case [a] | [a]: pass
 case 1: pass
