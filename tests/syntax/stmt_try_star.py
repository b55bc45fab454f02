try:
    pass
except* E:
    pass
except* (A, B) as g:
    pass
else:
    pass
finally:
    pass
try:
    pass
except *E as e:
    pass
