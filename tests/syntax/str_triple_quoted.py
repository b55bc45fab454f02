"""triple double"""
'''triple single'''
"""multi
line
string"""
r"""raw \d
multi"""
b"""bytes
lines"""
"""quote " inside "" ok"""
'''quote ' inside '' ok'''
x = """
"""
