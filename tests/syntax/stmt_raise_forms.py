raise E from (f())
raise (E)
raise E() from None
raise a.b.c(1, 2) from err
