import time
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000, type(time.mktime(lt)).__name__)
for secs in [0, 10**9, 1234567890]:
    l = time.localtime(secs)
    print(int(time.mktime(l)) == secs, time.ctime(secs) == time.asctime(l))
print(len(time.ctime()), type(time.asctime()).__name__)
t('mktime bad', lambda: time.mktime(5))
t('mktime short', lambda: time.mktime((1, 2, 3)))
print(time.gmtime(time.mktime(time.localtime(86400 * 1000))) == time.gmtime(86400 * 1000))
