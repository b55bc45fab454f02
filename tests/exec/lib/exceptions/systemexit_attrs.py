for args in [(), (0,), (1,), ('msg',), (None,), (1, 2), ([1],)]:
    e = SystemExit(*args)
    print(args, repr(e.code), repr(e), repr(str(e)), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('caught', e.code)
import sys
try:
    sys.exit('bye')
except SystemExit as e:
    print('sys.exit', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', repr(e.code))
e = SystemExit(3); e.code = 4; print(e.code, e.args)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
try:
    try:
        raise SystemExit(2)
    except Exception:
        print('not here')
except BaseException as b:
    print('base caught', type(b).__name__)
