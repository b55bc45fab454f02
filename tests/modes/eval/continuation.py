x + \
 y