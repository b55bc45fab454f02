try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as c:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
