samples = ["", " ", "a", "  a b  ", "alpha beta\tgamma\ndelta ", "x" * 20, "hello WORLD 123 fooBar", "a1b2 c3D4", "ÀÉ ß straße Σ ΟΔΟΣ", "\u2003a\u2003b\x85c ", "\x1cq\x1fr", "it's o'neil dr. x-ray", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "ǆemal ﬃx", "a,b,,c,", ",,,", "aaaaa", "ab" * 50 + "ß", "  lead", "trail  ", "\ud800x y", "0123456789" * 30]
for s in samples:
    print(ascii([s.upper(), s.lower(), s.casefold(), s.swapcase(), s.capitalize(), s.title()]))
    print(ascii([s.split(), s.split(None, 0), s.split(None, 1), s.split(None, 2), s.rsplit(), s.rsplit(None, 1)]))
    for sep in [",", "a", "aa", " ", "ß", "b,"]:
        print(ascii([s.split(sep), s.split(sep, 1), s.split(sep, 0), s.rsplit(sep), s.rsplit(sep, 1)]))
        print(ascii([s.replace(sep, "X"), s.replace(sep, ""), s.replace(sep, "ééé", 2), s.replace(sep, sep), s.replace(sep, "y", 0)]))
        print([len(x) for x in s.split(sep)], len(s.replace(sep, "ΣΣ")), len(s.replace(sep, "")))
    print(ascii([s.strip(), s.lstrip(), s.rstrip(), s.strip("a "), s.strip(None)]), len(s.strip()), len(s.upper()))
    print(ascii(s.replace("", "-")), ascii(s.replace("", "-", 3)))
    print(ascii(",".join([s, s, "x"])), ascii("".join([s])), ascii("ß".join(s)), len("ß".join([s, s])), ascii(s.splitlines()), ascii(s.splitlines(True)))
    print(ascii("%s|%d|%5s|%-4d|%04d|%+d|%.2s|%r|%x" % (s, len(s), s[:3], len(s), len(s), len(s), s, s, len(s))))
    print(ascii("{}|{}|{!r}|{:>8}|{0}".format(s, len(s), s, s[:4]) if False else "{}|{}|{!r}|{:>8}".format(s, len(s), s, s[:4])))
    print(ascii(f"{s}:{len(s)}:{s!r}:{len(s):5}"), len(f"{s}{s}"))
for i in [-10**20, -123456789, -5, -1, 0, 1, 9, 10, 99, 2**62, 2**63, 10**30, True, False]:
    print("%d %s %i %u" % (i, i, i, i), "{} {}".format(i, -i if not isinstance(i, bool) else i), f"{i}", str(i), len(f"{i}"), len("%d" % i))
try: "{}{}".format(1)
except Exception as e: print(type(e).__name__, e)
try: "%d %d" % (1,)
except Exception as e: print(type(e).__name__, e)
try: "%d" % "x"
except Exception as e: print(type(e).__name__, e)
try: ",".join(["a", 1])
except Exception as e: print(type(e).__name__, e)
try: "x}".format()
except Exception as e: print(type(e).__name__, e)
s = "abc"; print(s.split()[0] is s, s.split(",")[0] is s, s.replace("x", "y") is s, s.strip() is s, s.splitlines()[0] is s)
class S(str): pass
x = S("ab cd")
print(type(x.split()[0]), type(x.replace("z", "q")), type(x.strip()), type(x.upper()), type(",".join([x])), type(S("a").split()[0]), type(f"{x}"), type("%s" % x), type("{}".format(x)))
print("%s%%%s" % ("a", "b"), "%(a)s-%(b)d" % {"a": "q", "b": 3}, "{{}}{}".format(1), "{0}{0}".format("z"), "{a}".format(a=5), "{:{}}".format(1, 4))
print("a" * 0 + "", "".join([]), "-".join(["", ""]), "x".join(["é"]), ascii("é".join(["", "", ""])))
print(len("abcd" * 100 + "é"), ("abcdefgh" * 10 + "é" + "abcdefgh" * 10).find("h", 85), ("abcdefgh" * 10 + "é" + "abc").index("é"))
print("{:{}}|{}".format(1, 4, 5), "{0:{1}}".format(2, 5), "{:{}.{}}".format(3.14159, 8, 3), "{a:{w}}".format(a="x", w=3))
for f, a in [("{:{:{}}}", (1, 2, 3)), ("{0:{}}", (1, 2)), ("{:{0}}", (1, 2))]:
    try: print(f.format(*a))
    except Exception as e: print(type(e).__name__, e)
print("aaa".replace("a", "b", 2), "aaa".replace("a", "b", 3), "abab".replace("a", "c", 1), "aaaa".replace("aa", "b", 1), "a.b.c".replace(".", "é", 1))
