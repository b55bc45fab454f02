@d def f(): pass
