class Weird(Exception):
    def __str__(self):
        return 'weird message\nwith two lines'
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
raise Weird('ignored')
