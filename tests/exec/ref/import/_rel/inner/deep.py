from .. import sibling
from ..sibling import SIB
value = (SIB, sibling.__name__)
