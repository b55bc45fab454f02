a if b else c if d else e if f else g
(a if b else c) if (d if e else f) else (g if h else i)
x = [a if b else c for a in d if (a if a else b)]
