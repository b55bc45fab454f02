import atexit
def bye(name):
    print('atexit', name)
atexit.register(bye, 'first')
atexit.register(bye, 'second')
def unreg(): print('never')
atexit.register(unreg)
atexit.unregister(unreg)
print('main done')
