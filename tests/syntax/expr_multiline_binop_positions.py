x = (a
     + b
     * c
     - d)
y = (a and
     b or
     c)
