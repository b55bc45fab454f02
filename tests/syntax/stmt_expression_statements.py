x
f()
x.y
1
"doc"
...
await_ = 1
yield_ = 2
