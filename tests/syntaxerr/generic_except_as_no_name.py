try:
    pass
except E as:
    pass
