def catch(exc):
    try:
        raise exc
    except LookupError:
        return 'LookupError'
    except ArithmeticError:
        return 'ArithmeticError'
    except OSError:
        return 'OSError'
    except Exception:
        return 'Exception'
    except BaseException:
        return 'BaseException'
for e in [KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError, PermissionError, ValueError, UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), SystemExit, KeyboardInterrupt, GeneratorExit, RecursionError, NotImplementedError, StopIteration, ModuleNotFoundError, TimeoutError]:
    print(getattr(e, '__name__', type(e).__name__), catch(e))
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, Exception))
print(issubclass(StopAsyncIteration, Exception), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
