import builtins
print(len('x'))
def shadow():
    len = lambda x: 'local len'
    return len('x')
print(shadow(), len('x'))
builtins.custom_builtin = lambda: 'from builtins'
print(custom_builtin())
def uses_builtin():
    return custom_builtin()
print(uses_builtin())
del builtins.custom_builtin
try:
    uses_builtin()
except NameError as e:
    print(type(e).__name__, e)
print(__builtins__ is builtins or __builtins__ is vars(builtins))
