x ? y
0x1for x in y
'unterminated
