match * x
match - x
match + 1
match (x)
match [x]
match -x, y
