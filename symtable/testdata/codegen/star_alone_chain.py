a, *b = *c = d
