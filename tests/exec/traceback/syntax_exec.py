def run():
    exec("def f(:\n    pass")
run()
