class Weird(Exception):
    pass
raise Weird("multiple", "args", 3)
