try:
    pass
except A, B:
    pass
except C, D, E:
    pass
try:
    pass
except* A, B:
    pass
