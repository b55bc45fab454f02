'abc'.upper()
b'x'.hex()
[1].copy()
{}.keys()
().count(1)
(1).bit_length()
1.5.is_integer()
... .__class__
None.__class__
