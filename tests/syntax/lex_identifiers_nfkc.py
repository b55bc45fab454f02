ﬁle = 1
ℌ = 2
𝔵 = 3
Ⅸ = 4
ǆ = 5
print(ﬁle, file)
ª = 6
