class A:
    def __init__(self):
        self.blech = 1
    def foo(self):
        return blech
A().foo()
