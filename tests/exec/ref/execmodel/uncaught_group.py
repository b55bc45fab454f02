def f():
    raise ExceptionGroup('many errors', [ValueError('bad value'), TypeError('bad type')])
print('start')
f()
