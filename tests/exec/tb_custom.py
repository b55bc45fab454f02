class AppError(Exception):
    def __str__(self):
        return "custom message"
def run():
    data = [1, 2, 3]
    idx = 10
    return data[idx]
try:
    run()
except IndexError:
    raise AppError()
