t'{lambda x: x}'
