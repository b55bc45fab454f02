for x in y: pass
z