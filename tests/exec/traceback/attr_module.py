import sys
print(sys.argv[0].endswith("attr_module.py"))
sys.argvv
