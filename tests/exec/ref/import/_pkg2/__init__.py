from .sub.mod import VALUE as SUBVALUE
from . import sub
__version__ = '1.0'
