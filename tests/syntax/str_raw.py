r'\d\w\s'
r'\''
r"\""
r'\\'
r'\N{not a name}'
rb'\x'
R'''\n'''
