for src in ['1 + 1', 'None', '"text"', 'x = 5', '[1, 2]', 'print("printed")', 'for i in range(2): i', 'if True:\n    "in if"\n']:
    print('--', repr(src))
    exec(compile(src, '<single>', 'single'), {})
import sys
sys.displayhook(42)
sys.displayhook(None)
import builtins
print(getattr(builtins, '_', 'no underscore'))
