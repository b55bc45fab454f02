try  # c
  pass