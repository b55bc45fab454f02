x = __debug__
