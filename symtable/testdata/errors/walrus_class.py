class C:
    [(q := 1) for _ in x]
