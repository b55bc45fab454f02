s = 'abc\
def'
t = """abc\
def"""
