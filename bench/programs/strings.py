# String building: join, %-format, str.format, f-strings, concatenation, methods.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 3 % 7}")
    s = ",".join(parts)
    t = ""
    for i in range(n // 10):
        t += "ab" + str(i)
    u = []
    for i in range(n // 2):
        u.append("%d-%s" % (i, "x") + "{}|{}".format(i, i + 1))
    w = " ".join(u).upper().replace("X", "y")
    return len(s) + len(t) + len(w) + s.count("3") + w.find("99|100")


total = 0
for k in range(30):
    total += build(40000)
words = ("alpha beta gamma delta " * 20000).split()
total += sum(len(w.capitalize()) for w in words)
print(total)
