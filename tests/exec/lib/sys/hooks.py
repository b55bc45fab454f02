import sys
sys.displayhook(5)
sys.displayhook(None)
sys.displayhook('s')
try:
    1 / 0
except ZeroDivisionError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print('after')
