print('before')
code = 'x = (1,\n     2\nprint(x)'
exec(code)
