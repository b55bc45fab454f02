print('init helper', __name__, __package__)
def helper_func():
    return 'helper_func result'
_private = 'hidden'
public = 'visible'
