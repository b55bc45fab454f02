x\y = 1
