x = '\N{SPACE'
