counter = 0
def inc():
    global counter
    counter += 1
def use_global_decl():
    global g1, g2
    g1 = 1
    def nested():
        return g1 + g2
    return nested
def nl():
    a = 1
    def f():
        nonlocal a
        a = 2
        def g():
            nonlocal a
            return a
        return g
    return f
class K:
    global kg
    kg = 1
    def m(self):
        return kg
import os, os.path as osp, xml.dom.minidom
from collections import OrderedDict as OD, defaultdict
from . import sibling
from .. import parent as par
from os.path import *
del counter
def deleter():
    x = 1
    del x
    global zz
    del zz
