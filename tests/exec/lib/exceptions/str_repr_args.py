classes = [BaseException, Exception, ValueError, TypeError, KeyError, IndexError, AttributeError, NameError, StopIteration, SystemExit, OSError, FileNotFoundError, ImportError, ModuleNotFoundError, SyntaxError, UnicodeError, RuntimeError, AssertionError, ZeroDivisionError, LookupError, Warning, KeyboardInterrupt, GeneratorExit, RecursionError, StopAsyncIteration, EOFError, MemoryError]
for c in classes:
    for args in [(), ('msg',), ('a', 'b'), (1,), ('',), ([1],)]:
        try:
            e = c(*args)
            print(c.__name__, args, repr(str(e)), repr(e), e.args)
        except Exception as ex:
            print(c.__name__, args, 'ERR', type(ex).__name__, ex)
