def main():
    return math.pi
main()
