match x:
 case C(x=_, x=_): pass
