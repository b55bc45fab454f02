if x:
	if y:
	        z = 1
        	        w = 2
