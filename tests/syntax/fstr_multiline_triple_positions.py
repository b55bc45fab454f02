x = f'''line1
{a}
line3 {b!r}
  {c:>{d}}'''
