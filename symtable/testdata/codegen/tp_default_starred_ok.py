class C[*Ts = *tuple[int]]: pass
