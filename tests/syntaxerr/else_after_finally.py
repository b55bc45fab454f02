try:
    pass
except:
    pass
finally:
    pass
else:
    pass
