x = rbf'abc'
