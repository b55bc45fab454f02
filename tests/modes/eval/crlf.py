(a,
 b)
