class E(Exception):
    __module__ = 5
raise E("module is not a str")
