x = '\q' if 1if y else 0x1for
