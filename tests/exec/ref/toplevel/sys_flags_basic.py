import sys
print(sys.version_info[:2] >= (3, 14), sys.version_info.major, type(sys.version).__name__)
print(sys.argv[0].endswith('.py'), len(sys.argv))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.maxsize > 2**30, sys.byteorder in ('little', 'big'))
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.builtin_module_names)
print(hasattr(sys, "__stdout__"), hasattr(sys, "__stderr__"))
print(sys.float_info.max > 1e308, sys.int_info.bits_per_digit in (15, 30))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(sys, 'exc_info'), callable(sys.exit), sys.flags.optimize)
