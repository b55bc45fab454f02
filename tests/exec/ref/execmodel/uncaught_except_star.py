try:
    raise ExceptionGroup('eg', [ValueError('handled'), TypeError('unhandled')])
except* ValueError:
    print('handled ValueError')
