match x:
 case a if a: pass
 case 2: pass
