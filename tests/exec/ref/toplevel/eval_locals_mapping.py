class Tracking(dict):
    def __getitem__(self, k):
        print('lookup', k)
        return super().__getitem__(k)
    def __missing__(self, k):
        return 'missing:' + k
loc = Tracking(a=1)
print(eval('a', {}, loc))
print(eval('zzz', {}, loc))
class Upper:
    def __getitem__(self, k): return k.upper()
print(eval('hello', {}, Upper()))
try:
    eval('x', {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
g = {'v': 'global v'}
print(eval('v', g), eval('v', g, {'v': 'local v'}))
print(eval('[v for _ in range(1)]', g, {'v': 'local'}))
print(eval('len("abc")', {'__builtins__': {'len': lambda s: 'fake len'}}))
