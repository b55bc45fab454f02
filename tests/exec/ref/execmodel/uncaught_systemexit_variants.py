import sys
def cleanup():
    print('atexit-like cleanup in finally')
try:
    sys.exit('exiting with message from finally test')
finally:
    cleanup()
