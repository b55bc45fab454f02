x = 1  # type: int
y = []  # type: List[int]
a, b = 1, 2  # type: int, int
z = f()  #type:str
w = 0 # type:   Dict[str, int]
