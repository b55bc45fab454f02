import sys
print('before exit')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', e.code, repr(e))
try:
    sys.exit('message')
except SystemExit as e:
    print('caught', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('caught none', e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
def cleanup():
    try:
        sys.exit(4)
    finally:
        print('finally runs on exit')
try:
    cleanup()
except SystemExit as e:
    print('code', e.code)
sys.exit(3)
