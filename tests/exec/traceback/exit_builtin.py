print(repr(exit), repr(quit))
exit(5)
