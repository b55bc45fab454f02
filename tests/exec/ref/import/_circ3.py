from _circ2 import a_value
b_value = 'b'
