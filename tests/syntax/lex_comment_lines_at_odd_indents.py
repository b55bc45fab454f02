if x:
    a = 1
  # odd comment
        # deep comment
    b = 2
# top
c = 3
