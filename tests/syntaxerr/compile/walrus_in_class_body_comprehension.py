class A:
    [(y := x) for x in z]
