class C[T: [(q := 1) for _ in x]]: pass
