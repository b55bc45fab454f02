import sys
print(sys.stdin.read() == '')
try:
    input('prompt> ')
except EOFError as e:
    print(type(e).__name__, e)
print(sys.stdin.readline() == '')
