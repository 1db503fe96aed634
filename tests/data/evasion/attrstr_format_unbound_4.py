# Source: https://github.com/pallets/jinja/pull/2205 (unbound str.format descriptor)
# Family: attr-in-string
# What: unbound str.format(template, obj) avoids a '.format' attribute on a literal
def f():
    pass

fmt = str.format
print(fmt("{0.__globals__[__builtins__].__dict__}", f))
