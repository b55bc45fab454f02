from _circ3 import b_value
a_value = 'a'
