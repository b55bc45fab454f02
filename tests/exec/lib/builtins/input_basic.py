import sys
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdin.read() == '')
