class Color:
    RED = 'red'
    GREEN = 'green'
class NS:
    class Inner:
        VAL = 42
def m(c):
    match c:
        case Color.RED: return 'is red'
        case Color.GREEN: return 'is green'
        case NS.Inner.VAL: return 'inner val'
        case (1): return 'group one'
        case ('x' | 'y'): return 'x or y'
        case _: return 'unknown'
for v in ['red', 'green', 42, 1, 'x', 'y', 'blue']:
    print(v, m(v))
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__ called with', o)
        return True
class K:
    E = Eq()
match 'anything':
    case K.E: print('matched via __eq__')
match 5:
    case (((5))): print('nested groups')
import sys
match sys.version_info[0]:
    case 3: print('py3 via attribute chain subject')
