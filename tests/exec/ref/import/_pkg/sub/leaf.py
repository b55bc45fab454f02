from ..helper import public
from . import sub_value
from .. import sub
leaf = (public, sub_value, sub.__name__)
