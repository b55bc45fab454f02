if x:
	if y:
	    z = 1
	    if w:
	    	v = 2
