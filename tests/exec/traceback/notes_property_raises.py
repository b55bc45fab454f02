class N(Exception):
    @property
    def __notes__(self):
        raise ValueError("nope")
raise N("y")
