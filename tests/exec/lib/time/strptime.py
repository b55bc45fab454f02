import time
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

for s, f in [('2024-03-15', '%Y-%m-%d'), ('15/03/24 13:45', '%d/%m/%y %H:%M'), ('Mar 5 2020', '%b %d %Y'),
             ('March 5, 2020', '%B %d, %Y'), ('10:30:15 PM', '%I:%M:%S %p'), ('12:00 AM', '%I:%M %p'),
             ('2023-060', '%Y-%j'), ('1999', '%Y'), ('99', '%y'), ('68', '%y'), ('69', '%y'), ('Tue 2024', '%a %Y'),
             ('10%', '%d%%')]:
    r = time.strptime(s, f)
    print(repr(s), repr(f), tuple(r))
t('mismatch', lambda: time.strptime('2024/03/15', '%Y-%m-%d'))
t('leftover', lambda: time.strptime('2024-03-15xyz', '%Y-%m-%d'))
t('bad month', lambda: time.strptime('2024-13-01', '%Y-%m-%d'))
t('bad day', lambda: time.strptime('2023-02-30', '%Y-%m-%d'))
t('bad type', lambda: time.strptime(2024, '%Y'))
r = time.strptime('2024-03-15 08:09:10', '%Y-%m-%d %H:%M:%S')
print(r.tm_wday, r.tm_yday, r.tm_isdst, r.tm_hour)
