name = 'world'
n = 42
print(f'hello {name}', f"{n}", f'{n + 1}', f'{name.upper()}')
print(f'{{literal}}', f'{{{n}}}', f'}}{{')
print(f'{n}{n}', f'a{n}b{n}c')
print(f'{[1, 2][0]}', f'{ {"a": 1}["a"] }', f'{(lambda x: x * 2)(3)}')
print(f'{"nested quotes"}', f"{'single'}")
d = {'key': 'v'}
print(f'{d["key"]}', f"{d['key']}")
print(f'{n if n > 10 else 0}', f'{n:{"d"}}')
print(f'{ n }', f'{n    }')
print(f'{"a" "b"}')
print(f'{3 * "ab"}', f'{-n}', f'{not n}')
x = [1, 2, 3]
print(f'{x}', f'{x[1:]}', f'{len(x)}', f'{*x,}')
print(f'{n,}', f'{(n, n)}')
print(f'{"\n".join(["a", "b"])}')
print(f'{'same quotes'}', f"{"double"}")
print(f'{n = }'.replace(' ', '_'))
def g():
    return 'called'
print(f'{g()}', f'{g!r}'[:14])
print(f'{None}', f'{True}', f'{3.0}', f'{1e100}', f'{b"x"}')
