# Source: https://github.com/python/cpython/issues/96352 (AttributeError.name and .obj)
# Family: attr-in-string
# What: AttributeError.obj hands back the object whose attribute lookup failed, here a module
import json

try:
    json.nope
except AttributeError as e:
    mod = e.obj
    print(mod.codecs.open("/etc/passwd").read())
