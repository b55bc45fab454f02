words = ['ΟΔΟΣ', 'ΟΔΟΣ ΣΤΟ', 'Σ', 'ΑΣ', 'ΑΣ.', 'Α.Σ', 'ΑΣΑ', 'ΑΣ Σ', "ΑΣ'", 'Α\u0345Σ', 'ΑΣ\u0301', 'A\u00adΣ', 'ΑΣ\u00ad', '1Σ', 'ΣΑ', 'aΣ', 'ΐΣ', 'ΑΣ1Β']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
