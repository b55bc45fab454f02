x = f'''abc {x}
