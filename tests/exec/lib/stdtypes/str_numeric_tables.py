rows = []
for cp in list(range(0, 0x3000)) + list(range(0xa000, 0xac00)) + list(range(0xff00, 0x10000)) + list(range(0x10000, 0x10a00, 3)) + list(range(0x1d000, 0x1f900, 2)):
    c = chr(cp)
    flags = (c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isspace(), c.isprintable())
    rows.append(flags)
print(len(rows))
h = 0
for i, f in enumerate(rows):
    v = 0
    for b in f: v = v * 2 + b
    h = (h * 31 + v * (i + 1)) % (2**61 - 1)
print(h)
