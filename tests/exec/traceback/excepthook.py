import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
print("installed")
raise ValueError("through the hook")
