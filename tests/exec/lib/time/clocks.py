import time
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

a = time.time(); b = time.time()
print(type(a).__name__, a > 1.6e9, b >= a)
n = time.time_ns()
print(type(n).__name__, n > 1.6e18)
m1 = time.monotonic(); m2 = time.monotonic()
print(m2 >= m1, type(time.monotonic_ns()).__name__)
p1 = time.perf_counter(); time.sleep(0.01); p2 = time.perf_counter()
print(p2 - p1 >= 0.009, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.process_time_ns()).__name__)
print(time.sleep(0), time.sleep(0.001), time.sleep(False))
t('sleep(-1)', lambda: time.sleep(-1))
t('sleep(str)', lambda: time.sleep('1'))
t('sleep(nan)', lambda: time.sleep(float('nan')))
t('time(1)', lambda: time.time(1))
for name in ['time', 'monotonic', 'perf_counter', 'process_time']:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, type(info.resolution).__name__, type(info.implementation).__name__)
t('clock_info bad', lambda: time.get_clock_info('nope'))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname), type(time.tzname[0]).__name__)
