'\\ \' \" \a \b \f \n \r \t \v'
'\0 \1 \12 \123 \377'
'\x00 \x41 \xff'
'\u0041 \u00e9 \u20ac'
'\U0001F600 \U00000041'
'line\
continued'
b'\x00\xff\n\t\\'
b'\0\1\77'
