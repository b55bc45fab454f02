for w in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    e = w('msg')
    print(w.__name__, [b.__name__ for b in w.__mro__], str(e), repr(e), isinstance(e, Exception))
