f'{a if b else c}'
f'{a if b else c:>10}'
