errors = []
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        raise ValueError(f'bad {i}')
    except Exception as e:
        e.add_note(f'item {i}')
        errors.append(e)
eg = ExceptionGroup('batch failed', errors)
eg.add_note('group note')
raise eg
