x # c
