errs = []
for src in ["x = (", "def f(:\n  pass"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        errs.append(e)
print(len(errs))
raise ExceptionGroup("syntax", errs)
