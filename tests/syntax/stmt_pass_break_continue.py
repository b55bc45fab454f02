pass
while True:
    break
for i in x:
    continue
