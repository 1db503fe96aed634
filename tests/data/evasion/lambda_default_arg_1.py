# Source: https://healeycodes.com/running-untrusted-python-code
# Family: lambda-default
# What: a lambda default argument captures __import__ at definition time
run = lambda cmd, imp=__import__: imp("os").system(cmd)
run("id")
