x = ('abc'
     'def'
     'ghi')
y = ("a" # comment
     "b")
