y(_=l, '\N{DASH}')
