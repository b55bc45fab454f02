f'{(x := 10)}'
f'{(lambda: 1)()}'
f'{(lambda x: x)(2)}'
