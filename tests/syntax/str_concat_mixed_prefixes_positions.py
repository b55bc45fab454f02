x = ('a'
     r'\b'
     u'c'
     f'{d}'
     rf'\e{f}'
     'g')
