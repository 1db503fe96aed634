# source: Python docs, super() (in a classmethod, bound to the class); NumPy 1.12.0 release notes (assigning ndarray.data is "inherently unsafe")
# family: a class object handed back (super() in a classmethod): its method run with an array as self
# goal: self.data = buf on a numpy array: the array points at other memory
import numpy as np
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
class D(C):
    @classmethod
    def go(cls):
        super().point(np.zeros(4), bytearray(64))
D.go()
