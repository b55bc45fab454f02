try:
    pass
except E:
    pass
else:
    pass
except F:
    pass
