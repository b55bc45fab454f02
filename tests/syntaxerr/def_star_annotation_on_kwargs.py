def f(**kw: *Ts): pass
