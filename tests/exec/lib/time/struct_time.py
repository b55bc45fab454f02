import time
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

g = time.gmtime(0)
print(g, type(g).__name__, len(g), g[0], g[-1], g[:3], g.tm_year, g.tm_wday, g.tm_yday, g.tm_zone, g.tm_gmtoff)
for secs in [86400 * 365, 1e9, 1234567890, 2**31, -86400, 951782400, 1700000000.75]:
    s = time.gmtime(secs)
    print(secs, tuple(s), s.tm_isdst, time.asctime(s))
print(isinstance(g, tuple), time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
st = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st, st.tm_mon, st.tm_zone, list(st))
y, m, d, *rest = st
print(y, m, d, rest)
print(st == (2024, 2, 29, 13, 45, 30, 3, 60, 0), st[1:4], st.count(0))
t('short', lambda: time.struct_time((1, 2, 3)))
t('long', lambda: time.struct_time(tuple(range(12))))
t('notseq', lambda: time.struct_time(5))
t('setattr', lambda: setattr(st, 'tm_year', 5))
t('gmtime(str)', lambda: time.gmtime('x'))
t('gmtime(nan)', lambda: time.gmtime(float('nan')))
t('gmtime(1, 2)', lambda: time.gmtime(1, 2))
print(time.gmtime(None) is not None, type(time.localtime()).__name__, len(time.localtime(0)))
