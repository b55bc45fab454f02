class A:
    class B:
        def f(self):
            def g():
                class C:
                    def h(self): return 1
                return C
            return g
