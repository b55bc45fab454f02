s = "Hello, World"
print(s.lower(), s.upper(), s[0], s[-1], s[1:5], s[::-1], s[::2], len(s))
print(s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"), s.find("o"), s.count("l"))
print("  x  ".strip(), "abc".startswith("ab"), "abc".endswith("bc"), "a,b,,c".split(","))
print("%d-%s-%.2f" % (3, "x", 3.14159), "{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"))
print(repr("it's"), repr('say "hi"'), str(3.0), str(1e16), repr(0.1))
print("abc" * 3, "a" in "abc", "z" not in "abc", ord("A"), chr(97), ascii("é"))
print("x".center(5, "*"), "42".zfill(5), "Ab".swapcase(), "hello world".title())
for ch in "hi":
    print(ch)
print(f"{1+1} {'q'!r} {3.14159:.3f} {42:>6} {42:<6}| {255:#x} {1000000:,}")
name = "w"
print(f"{name=}", f"{name!s:>4}", f"{{literal}}")
width = 8
print(f"{'nested':>{width}}|")
