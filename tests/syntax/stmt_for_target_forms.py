for *a, b in c: pass
for [a, *b] in c: pass
for (a) in b: pass
for a.b.c in d: pass
for a[b][c] in d: pass
for (a, b) in c: pass
