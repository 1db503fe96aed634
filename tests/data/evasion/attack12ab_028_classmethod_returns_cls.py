# source: Python docs, classmethod (the class is passed as the implicit first argument); NumPy 1.12.0 release notes (assigning ndarray.data is "inherently unsafe")
# family: a class object handed back (return cls in a classmethod): its method run with an array as self
# goal: self.data = buf on a numpy array: the array points at other memory
import numpy as np
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
    @classmethod
    def make(cls):
        return cls
K = C.make()
K.point(np.zeros(4), bytearray(64))
