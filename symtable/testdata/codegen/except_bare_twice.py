try:
    pass
except:
    pass
except:
    pass
