t'{x'
