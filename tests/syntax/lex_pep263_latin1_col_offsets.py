# -*- coding: latin-1 -*-
x = ('éé', y, 'ü')
z = f'é{a}é'
