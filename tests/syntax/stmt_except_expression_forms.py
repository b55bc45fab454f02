try:
    pass
except a.b.C:
    pass
except (A,):
    pass
except get_exc():
    pass
except A or B:
    pass
except (A, B), C:
    pass
