def f():
    {x: (yield) for x in y}
