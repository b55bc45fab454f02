class C:
    def __init__(self):
        self._secret = 1
        self.public = 2
C()._secre
