type A = (y := int)
