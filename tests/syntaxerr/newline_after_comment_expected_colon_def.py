def f()  # c
  pass
