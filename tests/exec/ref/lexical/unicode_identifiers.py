café = 1
print(café)
ﬁ = 2
print(fi, 'fi' in dir())
ℌ = 3
print(H)
π = 3.14159
print(π)
Ω = 'omega'
print(Ω)
def naïve(ä=1):
    return ä * 2
print(naïve(), naïve(ä=4))
class Größe:
    wert = 10
print(Größe.wert, Größe.__name__)
print('ﬁ'.isidentifier(), 'café'.isidentifier(), '1a'.isidentifier(), '_'.isidentifier())
d = {}
exec('ｘ = 5', d)
print(d.get('x'), 'ｘ' in d)
print(getattr(Größe, 'wert'))
变量 = [1, 2]
print(变量)
