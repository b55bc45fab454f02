import foo  # type: ignore
x = 1  # type: ignore[attr-defined]
y = f()  # type: ignore # noqa
z = 2 # type:ignore
# type: ignore
