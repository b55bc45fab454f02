x: int
y: int = 1
self.z: list[int] = []
a[0]: str = "s"
(w): float = 1.0
t: tuple[int, ...] = 1, 2
