tests = ['', 'abc', 'ABC', 'aBc', 'abc1', '123', '١٢٣', '½', '²', '①', '一', 'Ⅷ', ' ', '\t\n', '\x1c', '\u00a0', '\u200b', 'é', 'ǅ', 'a b', '_', 'a_1', '1a', 'class', 'ℌ', '\u0300', 'ß', 'ﬁ', '𝟘', '᧚', '\x85', '\u2028', '\x7f', 'a\x00']
for s in tests:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
