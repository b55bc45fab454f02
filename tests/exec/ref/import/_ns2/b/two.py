from ..a import one
NAME = 'two in b, sees ' + one.NAME
