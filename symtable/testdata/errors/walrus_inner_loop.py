[i for i in (j := 1) for j in x]
