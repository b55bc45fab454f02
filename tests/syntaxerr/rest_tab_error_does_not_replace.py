foo bar
	if x:
        a
	b
