x = 1
s = """
line two
\p here
"""
t = '\z'
