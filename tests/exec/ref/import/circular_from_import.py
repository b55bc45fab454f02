try:
    from _circ2 import a_value
    print(a_value)
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
