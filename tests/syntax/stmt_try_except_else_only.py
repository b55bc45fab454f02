try:
    x()
except E:
    pass
else:
    y()
