b'\d'
b'\u0041'
b'\N{SPACE}'
