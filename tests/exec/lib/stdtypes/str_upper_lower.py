for s in ['abc', 'ABC', 'aBc1!', 'ß', 'ŉ', 'ǰ', 'ΐ', 'ﬀ', 'ﬆ', 'և', 'ẞ', 'İ', 'ı', 'ſ', 'K', 'Å', 'Ω', 'µ', 'ÿ', 'ǅ', 'ῼ', 'ᾳ', 'ﬓ', 'Ⅻ', 'ⓐ', '𐐀', '𐐨', 'ꭰ', 'Ᏸ']:
    print(repr(s), repr(s.upper()), repr(s.lower()), len(s.upper()), len(s.lower()), s.upper() == s.upper().upper(), s.isupper(), s.islower())
