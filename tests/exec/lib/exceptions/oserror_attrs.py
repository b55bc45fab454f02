# errno values differ between platforms, so only unmapped codes are used.
e = OSError(1000, 'Some error')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e), e.args)
e = OSError(1000, 'Some error', 'f.txt')
print(type(e).__name__, e.errno, e.filename, str(e), repr(e), e.args)
e = OSError(1001, 'Op', 'src', None, 'dst')
print(type(e).__name__, e.filename, e.filename2, str(e), e.args)
e = OSError('just msg')
print(e.errno, e.strerror, str(e))
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.args, e.errno, str(e))
e = FileNotFoundError(); e.errno = 5; e.strerror = 's'; e.filename = 'fn'; print(str(e), e.args)
e = FileNotFoundError(1000, 'msg', 'name'); print(type(e).__name__, str(e), e.filename)
e = PermissionError('only one'); print(e.errno, str(e), repr(e))
b = BlockingIOError(1000, 'w', 3); print(b.characters_written, str(b))
try:
    OSError(1000, 'x').characters_written
except AttributeError as ex:
    print(type(ex).__name__, ex)
class MyOS(OSError): pass
print(type(MyOS(1000, 'x')).__name__, MyOS(1000, 'x', 'f').filename)
print(str(OSError(1000, 'x', 5)), str(OSError(None, 'x')), str(OSError(1000, None)), OSError(1000, 'x', b'bytes').filename)
print(IOError is OSError, EnvironmentError is OSError, OSError.__name__)
e = OSError(); e.filename2 = 'q'; print(e.filename2, e.args, str(e))
