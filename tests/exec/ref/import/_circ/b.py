print('b start')
from . import a
B_VALUE = 'b'
def a_value_later():
    return a.A_VALUE
print('b end, a partially initialised has A_VALUE:', hasattr(a, 'A_VALUE'))
