# The string package: constants and capwords.
import string
import string.templatelib

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable))
print(string.capwords('hello   wORLD  foo'))
print(string.capwords('a-b-c', '-'))
print(string.capwords('  x  '))
print(repr(string.capwords('')))
print(string.templatelib.Template.__name__)
print(string.templatelib is __import__('string.templatelib').templatelib)
