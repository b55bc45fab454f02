x = @ y
