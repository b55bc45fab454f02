class B:
    def __bytes__(self): return b'custom'
print(bytes(B()))
class Bad:
    def __bytes__(self): return 'str'
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 3
print(bytes(Idx()))
class It:
    def __iter__(self): return iter([65, 66])
print(bytes(It()))
try:
    bytes(It(), 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
print(bytes('abc', 'ascii'), bytes(b'x'), bytes([]), bytes(memoryview(b'mv')) if 'memoryview' in dir(__builtins__) else b'mv')
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
class S(bytes):
    def __repr__(self): return 'S!'
print(S(b'ab'), repr(S(b'ab')), S(b'ab') + b'c', type(S(b'ab') + b'c').__name__, len(S(2)))
