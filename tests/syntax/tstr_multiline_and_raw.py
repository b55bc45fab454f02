x = t'''
{a}
{b!r}
'''
y = rt'\d{c}'
z = TR'{d}'
