class K:
    attr = 1
    def m(self):
        return attr
K().m()
