# Sources whose first problem is lexical (found by the tokenizer).
CASES = [
    # indentation
    "if x:\n    a\n  b\n", "if x:\n\ty\n        z\n", "if x:\n        y\n\tz\n", "if 1:\n  \x0cx\n",
    "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
    "if x:\n\tif y:\n\t    a\n        b\n",
    # continuation
    "x = 1 \\ y\n", "x\\", "x = 1 \\", "x = (1 \\", "x = 1 \\\n", "a = \\\n\\\n", "  \\ x\n", "x = '\u00e9' \\ y\n",
    # brackets
    "x = )\n", "x = (]\n", "x = (\n]\n", "x = [1, 2}\n", "x = (" * 201 + "\n", "f(\n", "x = [1,\n 2,\n", "}\n",
    "x = (1 +\n 2\n", "{[(\n",
    # numbers
    "0777\n", "x = 0_7_7\n", "1_\n", "1__0\n", "0x\n", "0xg\n", "0x_\n", "0o8\n", "0o18\n", "0o\n", "0b2\n", "0b12\n",
    "0b\n", "1e\n", "1e+\n", "1.5e-x\n", "1abc\n", "1_000a\n", "0x1fg\n", "1jx\n", "1.2.3\n", "09\n", "00_\n",
    "0_\n", "1.e\n", "x = 1if y else 2\n", "1in x\n", "0b1and 1\n", "0o7or 1\n", "1.5else\n", "1jif x else y\n",
    "1is x\n", "1not in x\n", "0x1for x in y\n", "0_5\n", "00.5j\n", "1__\n", "0b1_\n", "x = 12\u00e9\n",
    "x = '\u00e9' + 0777\n",
    # names / characters
    "x = a\u20acb\n", "x = \u20ac\n", "x = a\u00a0b\n", "\u00a0x\n", "x = $\n", "x = ?\n", "x = `\n", "x = \x01\n",
    "\u2028x\n", "x = \U0001F600\n", "\u0394\u20ac = 1\n", "x\u00b7 = 1\n", "\u00b7x = 1\n", "x = 1 \u2013 2\n",
    "\ufeffx=1\n",
    # strings
    "x = 'abc\n", "x = \"abc\n", "x = '''abc\n", "x = '''abc\ndef\n\n", "x = 'a\\'\n", "x = rb'abc\n",
    "x = 'a' + '''\n\n", "s = \"\"\"\n", "'\u00e9\u00e9\n", "x = 'abc", "'''", "x = ub''\n", "x = bu''\n",
    "x = ur''\n", "x = fb''\n", "x = bf''\n", "x = ft''\n", "x = tf''\n", "x = bt''\n", "x = ut''\n", "x = uf''\n",
    "x = Ub''\n", "x = rbf''\n",
    # f-strings
    "f'{a'\n", "f'{a\n", "f'abc\n", "f'''abc\n", "f'a}b'\n", "f'{a}}b}'\n", "f'{)}'\n", "f'{a:\n}'\n", "f'{a:x\ny}'\n",
    "f'{a:{b:{c:{d}}}}'\n", "f'{a:{b:{c}}}'\n", "t'{a'\n", "t'abc\n", "t'a}'\n", "f'{a]}'\n", "f'{a(]}'\n",
    "f'{' + 'a'\n", "f'''{a\n", "f'{a!}'\n", "f'{'a'}'\n", "f'{\"a\"'\n", "f\"{f'{x'}\"\n", "f'{x:{'\n",
    "f'{a #}'\n", "f'\\{x}'\n", "f'{x}\\}'\n", "rf'\\{x}'\n", "f'''{x:a\nb}'''\n", "f'a{{'\n", "f'{{}}}'\n",
    # encodings and bytes
    b"x = 1\n\xff\n", b"\xff", b"x = '\xc3\xa9\xff'\n", b"# coding: foo\nx=1\n", b"\n# -*- coding: cp1252 -*-\nx = '\x81'\n",
    b"# coding: ascii\nx = '\xe9'\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n", b"x = 1\0\n", b"# coding: latin-1\nx = '\xff' + \xe9\n",
    b"x = '\xe2\x82'\n", b"x = 1\n\xed\xa0\x80\n", b"# coding: cp1252\nx = \x80\n", b"#!python\n# coding=latin1\n\xa0\n",
    # good sources (no error)
    "x = 1\n", "f'{x!r:>{w}}'\n", b"# coding: latin-1\nx = '\xe9'\n", b"\xef\xbb\xbfx = 1\n", "x = 1\r\ny = 2\r",
]
