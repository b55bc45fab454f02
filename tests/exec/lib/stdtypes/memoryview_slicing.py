from _h import t
ba = bytearray(range(20))
m = memoryview(ba)
for s in [slice(2, 10), slice(None, None, 3), slice(15, 5, -2), slice(-5, None), slice(100, None), slice(None, -100)]:
    v = m[s]
    print(s, v.tolist(), len(v), v.nbytes, v.contiguous)
v = m[2:10][1:5][::2]
print(v.tolist(), v.tobytes())
m[0:4] = bytearray(b'\xff\xfe\xfd\xfc'); print(ba[:5])
m[::5] = b'ABCD'; print(ba)
t(m.__setitem__, slice(0, 3), b'ab')
t(m.__setitem__, slice(None, None, 2), b'ab')
t(m.__delitem__, 0)
t(lambda: m + m)
print(m[-1], m[True], m.tobytes()[:3], m.tolist()[-3:], bytes(m[5:8]), bytearray(m[1:3]))
t(m.__getitem__, 20)
t(m.__getitem__, -21)
