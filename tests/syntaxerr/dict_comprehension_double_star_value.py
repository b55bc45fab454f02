{k: **v for k, v in x}
