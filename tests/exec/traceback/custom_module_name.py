class MyError(Exception):
    __module__ = "mypkg.errors"

print(MyError.__module__, MyError.__qualname__)
raise MyError("custom module")
