class Custom(BaseException):
    pass
print('before')
raise Custom('a BaseException subclass')
