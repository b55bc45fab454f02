f''
f""
f''''''
f'plain'
f'{{'
f'}}'
