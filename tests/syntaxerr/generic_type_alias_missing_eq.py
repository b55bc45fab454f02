type A int
