# -*- mode: python; coding: latin-1 -*-
s = '£'
