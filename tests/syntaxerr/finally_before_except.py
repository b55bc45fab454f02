try:
    pass
finally:
    pass
except E:
    pass
