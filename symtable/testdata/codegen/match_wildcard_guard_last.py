match x:
 case y:
  pass
 case _ if z:
  pass
