a.b().c().d
a.b(c).d[e](f)
(a).b
(a.b).c()
