if x:
  y
