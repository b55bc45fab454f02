lambda *, **kw: 0
