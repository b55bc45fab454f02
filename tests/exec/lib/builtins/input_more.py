import sys
print(sys.stdin is not None, sys.stdin.readline() == '')
try:
    input('prompt: ')
except EOFError as e:
    print()
    print('EOF', e.args)
try:
    input(prompt='kw')
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __str__(self): return 'STR-PROMPT'
try:
    input(P())
except EOFError:
    print()
    print('eof again')
print('done')
