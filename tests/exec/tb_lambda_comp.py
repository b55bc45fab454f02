data = [1, 2, 0, 4]
result = [10 // x for x in data]
