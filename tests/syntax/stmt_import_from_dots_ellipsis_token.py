from ...... import x
from .....a import y
from . . . import z
