print('init _pkg', __name__, __package__)
top_value = 'pkg top'
from . import helper
from .helper import helper_func as hf
__all__ = ['top_value', 'hf']
