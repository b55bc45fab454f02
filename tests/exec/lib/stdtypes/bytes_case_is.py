for b in [b'hello', b'HELLO', b'Hello World', b'hello world', b'123', b'abc123', b'', b' ', b'\t\n', b'\xe9', b'a-b', b'ab_cd', b'A1b2', b"they're"]:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(), b.isalpha(), b.isalnum(), b.isdigit(), b.islower(), b.isupper(), b.istitle(), b.isspace(), b.isascii())
