[i := 0 for i, j in x]
