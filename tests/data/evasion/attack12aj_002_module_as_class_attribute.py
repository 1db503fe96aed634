# source: sandexec README, "The static check", "a module as a value" rule (ident(dataclasses).copy is the copy module); import statement inside a class body binds the module as a class attribute
# family: module as a value - module held by a class/instance attribute (class-body import), never named as a value
# goal: reaches the `copy` module (outside the allowed list) and passes a module object around as a value
class K:
    import dataclasses


m = K().dataclasses
c = m.copy
print(m, c, c.deepcopy, c.Error)
