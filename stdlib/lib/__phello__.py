# A tiny module of the embedded library, importable as CPython's frozen
# __phello__ is: it lets tests check that the embedded library imports.
initialized = True


def main():
    print("Hello world!")


if __name__ == "__main__":
    main()
