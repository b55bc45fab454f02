x = (  # open
    1,  # one
    # alone
    2,
)  # close
