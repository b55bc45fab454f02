x: f'{*a}'
return
