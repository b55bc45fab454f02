def f():
    my_variable = 3
    return my_varable * 2
f()
