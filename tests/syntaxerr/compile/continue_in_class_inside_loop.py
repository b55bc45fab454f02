while x:
    class A:
        continue
