match x:
    case {1: a, 'b': b, b'c': c, None: d, True: e, False: f, -1: g, 1.5: h, 1+2j: i, x.y: j, -1-2j: k}:
        pass
