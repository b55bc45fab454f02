x = 3.14159
n = 255
s = 'hi'
print(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1f}|{x:e}|{x:.3g}|{x:%}')
print(f'{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}|{n:08b}|{n:c}')
print(f'{n:,}|{n * 10000:,}|{n * 10000:_}|{n:_b}|{1234567.891:,.2f}')
print(f'{s:>5}|{s:<5}|{s:^6}|{s:*^7}|{s:.1}|{s!r:>6}')
print(f'{n:+d}|{-n:+d}|{n: d}|{-n: d}|{n:=+8d}|{-n:08d}')
width, prec = 10, 3
print(f'{x:{width}.{prec}f}|{x:{width}}|{s:{"^"}{width}}')
print(f'{1e-5:g}|{1e16:g}|{123.456:G}|{float("inf"):f}|{float("nan"):F}')
print(f'{0.5:.0%}|{1/3:.2%}|{-0.0:.1f}|{-0.0:z.1f}')
print(f'{12345:e}|{12345.678:.2e}|{0:e}')
print(f'{True:d}|{True}|{False:>6}')
for spec in ['d', 'x', '.2f', '>5']:
    print(format(42, spec), end=';')
print()
try:
    f'{s:d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{n:s}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{x:,d}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'{123:10}|{"ab":10}|{1.5:10}|')
print(f'{n:#010x}|{n:<#8x}|{-n:#x}')
print(f'{1234.5:_.2f}|{10**12:,d}|{0.000123:.2}')
