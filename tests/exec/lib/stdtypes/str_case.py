for s in ['hello World', 'ß', 'ǅ', 'ﬁ', 'İ', 'Σ', 'ΣΑΣ', 'ΌΣΟΣ ΣΑΣ', 'aΣ', 'aΣb', 'ŉ', 'ΐ', 'ﬃx', 'ǈǉǊ', "they're bill's", '1st 2nd', 'ǆemal', 'MIXed CaSe', '']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print('ﬀ'.upper(), len('ﬀ'.upper()), 'ß'.upper().lower(), 'İ'.lower(), len('İ'.lower()), 'ẞ'.lower(), 'ẞ'.casefold())
print('σς'.upper(), 'ΑΣ'.lower(), 'Α Σ'.lower(), 'ΑΣ.'.lower(), 'ΑΣ1'.lower(), "ΑΣ'Β".lower())
print('ǳ'.title(), 'ǳ'.capitalize(), 'ǲ'.upper(), 'ǲ'.lower(), 'ǲ'.swapcase(), 'ǲ'.istitle(), 'ǳ'.istitle())
print('hello'.islower(), 'Hello'.istitle(), 'HELLO'.isupper(), '123'.islower(), 'a1'.islower(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'ß'.isupper(), 'ß'.islower())
