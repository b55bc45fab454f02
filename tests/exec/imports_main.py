import helper_mod
from helper_mod import greet, CONST as C
print(helper_mod.greet("x"), greet("y"), C)
print(helper_mod.__name__, helper_mod.__package__)
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import nothing_here
except ImportError as e:
    print(str(e).split(" (")[0])
