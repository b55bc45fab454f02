f'{(lambda x: x)(1)}'
f'{x:{y}}'
f'{a[b:c]}'
f'{(a:=1)}'
