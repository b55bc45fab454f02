class Outer:
    class Inner(Exception):
        pass

print(Outer.Inner.__qualname__)
raise Outer.Inner("nested class")
