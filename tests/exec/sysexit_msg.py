import sys
sys.exit("fatal: bad thing")
