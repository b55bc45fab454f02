x
 y