s = """line1
line2
    indented"""
print(s)
print(repr('''a
b'''))
print(repr("""She said "hi" and ''' """))
print(repr('''It's "quoted" '' '''))
t = """\
no leading newline\
 joined"""
print(repr(t))
u = '''tab\there
\\backslash'''
print(u)
print(len("""
"""))
def f():
    """Docstring
    with lines."""
print(repr(f.__doc__))
class C:
    '''class doc'''
print(C.__doc__)
def g():
    x = 1
    "not a doc"
print(g.__doc__)
print(repr(f"""{1}
{2}"""))
