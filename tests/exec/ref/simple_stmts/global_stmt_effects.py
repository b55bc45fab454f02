def set_many():
    global a, b, c
    a, b, c = 1, 2, 3
set_many()
print(a, b, c)
def conditional_global(flag):
    global cg
    if flag:
        cg = 'set'
conditional_global(False)
print('cg' in globals())
conditional_global(True)
print(cg)
def delete_global():
    global a
    del a
delete_global()
print('a' in globals())
def read_after_global_in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
    return total
print(read_after_global_in_loop(), total)
def uses_global_func():
    global helper
    def helper(): return 'defined via global'
uses_global_func()
print(helper())
def global_class():
    global GC
    class GC: pass
global_class()
print(GC.__name__, GC.__qualname__)
def global_import():
    global sys_alias
    import sys as sys_alias
global_import()
print(sys_alias.__name__)
