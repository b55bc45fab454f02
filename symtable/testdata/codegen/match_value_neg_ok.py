match x:
 case -1 | 1+2j | -1.5 | a.b:
  pass
