def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse") from e
def load():
    try:
        return {}["missing"]
    except KeyError:
        parse("xx")
load()
