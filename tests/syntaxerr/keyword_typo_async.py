asyn def f(): pass
