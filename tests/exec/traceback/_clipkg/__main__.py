import sys
print("clipkg main", __name__, *sys.argv[1:])
