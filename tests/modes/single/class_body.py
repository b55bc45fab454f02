class C:
  pass
  x = 1
