from __future__ import annotations
x: f'{*a}'
def f(a: f'{*b}'): pass
