x = 1  # type: Dict[str, 'été']
