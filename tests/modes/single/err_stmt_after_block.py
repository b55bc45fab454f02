if x:
  y
z