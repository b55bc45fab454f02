class C:
    pass
C().completely_different_name
