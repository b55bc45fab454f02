f'abc
{x}'
