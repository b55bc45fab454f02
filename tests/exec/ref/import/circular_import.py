import _circ.a as a
print(a.use_b(), a.b.a_value_later())
import _circ.b as b
print(b.B_VALUE, b.a is a)
import sys
print('_circ.a' in sys.modules, '_circ.b' in sys.modules)
