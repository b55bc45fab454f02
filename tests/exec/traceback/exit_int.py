import sys
print("status 3")
sys.exit(3)
