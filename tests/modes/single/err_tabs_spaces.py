while 1:
	x
        y
