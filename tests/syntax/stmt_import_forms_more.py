import a.b.c.d as e
import os, sys
from os.path import (join,
                     exists,
                     dirname as dn)
from . a import b
from .a.b import (c)
