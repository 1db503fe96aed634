def f():
    pass
c = f.__code__
