match = 1
case = 2
_ = 3
type = 4
match.foo = 5
case[0] = 6
match(x)
match[1]
print(match, case, type, _)
def match(case, type): return _
class case: pass
import match
from type import case as match
match, case = 1, 2
