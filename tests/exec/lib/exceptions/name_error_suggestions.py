def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', None))
show(lambda: undefined_var)
show(lambda: prnt)
class A:
    def __init__(self): self.value = 1
show(lambda: A().valu)
show(lambda: A().zzz)
show(lambda: [].apend)
show(lambda: (1).bitlength)
import sys
show(lambda: sys.argvv)
