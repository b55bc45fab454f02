config = {"host": "localhost"}
def get(key):
    return config[key]
print(get("host"))
port = get("port")
