pass


