# Deeply nested groups stop at max_group_depth.
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e])
print(e.message)
raise e
