{}
{a: b}
{a: b, c: d}
{**a}
{a: b, **c, d: e, **f}
{(a, b): c}
{a: (yield_ for yield_ in b)}
{a: lambda: b}
{a if b else c: d}
