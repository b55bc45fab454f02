obj.ﬁle = 1
f(ﬁle=2)
import ﬁle
def g(ℌ=1): return ℌ
