NAME = 'one in a'
