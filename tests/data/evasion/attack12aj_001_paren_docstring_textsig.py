# source: CPython inspect._signature_fromstr (text signature defaults looked up in sys.modules); sandexec README, "The static check", text-signature rule; docstring written in parentheses
# family: tokenizer/structure - class docstring the check does not recognise (parenthesized string statement is still the docstring)
# goal: reaches os and sys module attributes (os.sep, sys.executable, sys.version) through inspect via dataclass
class B(int):
    ("B(x=sys.executable, y=os.sep, z=sys.version, w=os.name)\n--\n\n")


from dataclasses import dataclass


@dataclass(init=False)
class D(B):
    pass


print(D.__doc__)
