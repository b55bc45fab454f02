s = "hello"
print(s.upper())
s.upperr()
