for s in ['Straße', 'ΣΊΣΥΦΟΣ', 'ﬁne', 'İstanbul', 'ǅungla', 'ŉ', 'ᾈ', 'ẞ', 'Ω', 'µ', 'ſ', 'ﬀ', 'ǰ', 'hello  world', "o'neil mc-donald", 'αβγ δεζ', '3rd time', 'x1y2', 'ΆΈΉ', 'ǈ']:
    print(repr(s), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
print('ß'.casefold() == 'ss', 'ẞ'.casefold() == 'ss', 'Straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.casefold(), 'Σ'.casefold(), 'ς'.casefold())
