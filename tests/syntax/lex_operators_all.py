a = b + c - d * e / f // g % h ** i @ j
a = b << c >> d & e | f ^ ~g
a = b < c > d <= e >= f == g != h
