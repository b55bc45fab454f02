{k: v for k, v in x}
{k: v for k in x for v in y if k if v}
{x for x in y}
{(x, y) for x in a for y in b}
{f(k): [v] for k, v in items}
