import sys
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

print(sys.version_info[:3], sys.version_info.major, sys.version_info.releaselevel, type(sys.version_info).__name__, sys.hexversion == 0x030E02F0)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, sys.maxunicode)
print(sys.byteorder in ('little', 'big'), sys.platlibdir, sys.float_repr_style, sys.getfilesystemencoding(), sys.getdefaultencoding())
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, sys.flags.isolated, len(sys.flags) == 18)
print(sys.getrecursionlimit() > 0, isinstance(sys.getsizeof(1), int), sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof('') < sys.getsizeof('abc'))
print(type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names, 'math' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(sys.warnoptions, sys._xoptions, type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules)
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('x')
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
t('set small', lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(4300)
t('too big', lambda: str(10 ** 5000))
print(sys.audit('x.y', 1), sys.addaudithook(lambda *a: None), callable(sys.excepthook), callable(sys.displayhook))
print(isinstance(sys.api_version, int), isinstance(sys.copyright, str), sys.meta_path is not None, isinstance(sys.path_hooks, list))
print(type(sys.getrefcount(object())).__name__, sys.is_finalizing(), type(sys.getswitchinterval()).__name__)
t('recursionlimit 0', lambda: sys.setrecursionlimit(0))
