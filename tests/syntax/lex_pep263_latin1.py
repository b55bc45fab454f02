# -*- coding: latin-1 -*-
s = 'été'
x = 1 + len(s)
