# source: Python docs, collections.defaultdict.default_factory; NumPy 1.12.0 release notes (assigning ndarray.data is "inherently unsafe")
# family: a class object handed back (defaultdict(C).default_factory): its method run with an array as self
# goal: self.data = buf on a numpy array: the array points at other memory
import numpy as np
from collections import defaultdict
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
d = defaultdict(C)
d.default_factory.point(np.zeros(4), bytearray(64))
