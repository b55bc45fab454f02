SUB_INIT = True
