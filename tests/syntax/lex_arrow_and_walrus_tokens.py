def f()->int:
    return(x:=1)
