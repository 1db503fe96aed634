# Source: https://github.com/VectorlyApp/bluebox/issues/126
# Family: module-attribute
# What: 'from json import codecs' imports a submodule attribute that can open files
from json import codecs

print(codecs.open("/etc/passwd").read())
