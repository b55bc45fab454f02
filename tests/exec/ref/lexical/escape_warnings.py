print(repr('\q'), len('\d'))
print(b'\q')
x = 5
print('done', x)
