try:
    try:
        pass
    except A:
        raise
    finally:
        pass
except B as b:
    try:
        pass
    except* C:
        pass
