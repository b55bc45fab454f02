class ConfigError(Exception):
    pass

def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ConfigError("missing key " + k) from e

print(load({"a": 1}, "a"))
load({}, "b")
