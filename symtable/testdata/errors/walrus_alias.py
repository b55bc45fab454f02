type A = [(q := 1) for _ in x]
