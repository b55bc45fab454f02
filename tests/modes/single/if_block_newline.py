if x:
  y
