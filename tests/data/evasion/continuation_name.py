x = \
    eval("1")
