f'a{b'
