src = "x = (1,\n  2 +)\n"
print("compiling")
compile(src, "<snippet>", "exec")
