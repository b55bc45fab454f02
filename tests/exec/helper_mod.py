CONST = 42
def greet(n):
    return "hello " + n
if __name__ == "__main__":
    print("helper run directly")
