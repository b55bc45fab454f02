import time
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

tm = time.gmtime(1700000000)
for f in ['%Y-%m-%d %H:%M:%S', '%y %b %B %a %A', '%j %U %W %w %u', '%I:%M %p', '%D %T %R', '%e|%C|%%|%n|%t|', '%G-%V %g', '%c', '%x %X', 'plain text', '']:
    print(repr(f), repr(time.strftime(f, tm)))
for secs in [0, 43200, 86399, 951782400 + 3600 * 13]:
    print(time.strftime('%a %d %b %Y %I %p %H', time.gmtime(secs)))
print(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%m/%d', (1999, 12, 31, 0, 0, 0, 4, 365, 0)))
t('month range', lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)))
t('hour range', lambda: time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0)))
t('short tuple', lambda: time.strftime('%Y', (2000, 1)))
t('bad fmt type', lambda: time.strftime(5))
t('bad tuple type', lambda: time.strftime('%Y', 5))
print(time.asctime((2024, 7, 4, 9, 5, 3, 3, 186, 0)), time.asctime(time.gmtime(10**9)))
t('asctime short', lambda: time.asctime((1, 2)))
print(time.strftime('%Y-%m-%d', time.gmtime(0)), time.strftime('%H', time.gmtime(3600 * 5)))
