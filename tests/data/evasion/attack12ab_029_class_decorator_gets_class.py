# source: PEP 3129 (class decorators); NumPy 1.12.0 release notes (assigning ndarray.data is "inherently unsafe")
# family: a class object handed back (a class decorator of the script): its method run with an array as self
# goal: self.data = buf on a numpy array: the array points at other memory
import numpy as np
def deco(k):
    k.point(np.zeros(4), bytearray(64))
    return k
@deco
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
