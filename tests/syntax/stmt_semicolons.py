x = 1; y = 2; z = 3;
pass;
if a: b; c
