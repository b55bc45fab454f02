if any((x := y) for y in z): pass
while (line := f.readline()) and line != '': pass
print(f"{(v := 1)}")
def f(a=(b := 1)): pass
lambda: (x := 1)
x = (y := (z := 1))
