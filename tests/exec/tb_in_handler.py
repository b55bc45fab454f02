try:
    x = int("abc")
except ValueError:
    y = undefined_thing
