import sys
print(__name__)
if __name__ == '__main__':
    print('running as main')
print(sys.modules['__main__'].__name__, sys.argv[0].endswith('main_module.py'))
print(type(__builtins__).__name__ in ('module', 'dict'))
import builtins
print(builtins.len is len, 'print' in dir(builtins))
builtins.my_builtin = 'injected builtin'
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(type(e).__name__, e)
len = lambda x: 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
