try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("first") from None
except ValueError:
    raise TypeError("second")
