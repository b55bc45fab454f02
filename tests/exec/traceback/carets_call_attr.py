class O:
    def m(self, x):
        return x.upper()
obj = O()
result = [obj.m(1)]
