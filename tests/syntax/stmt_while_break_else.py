while True:
    if x:
        break
    continue
else:
    pass
while 1: pass
