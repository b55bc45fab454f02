values = [42, -3.14159, 'text', None, [1, 'a'], (1,), {'k': 2}, True, 2 + 3j, b'by']
for v in values:
    print(f'[{v!s:>12}] [{v!r:<14}] [{v!a:^10}]')
import sys
width = 10
for v in [1, 22, 333]:
    print(f'{v:>{width}d}|{v:<{width // 2}}|{v:^{width}x}|{v:0{width}b}')
print(f'{"nested {braces}"}', f'{{{"x"}}}', f'{"{"}{"}"}')
print(f'{3:{"+"}}', f'{-3:{" "}}', f'{1000000:{","}}', f'{0.25:{".1%"}}')
