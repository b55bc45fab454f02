class AppError(Exception):
    pass
def read_config():
    raise FileNotFoundError(2, 'No such file or directory', 'app.cfg')
def load():
    try:
        read_config()
    except OSError as e:
        raise AppError('could not load configuration') from e
def main():
    try:
        load()
    except AppError:
        raise SystemError('startup failed')
main()
