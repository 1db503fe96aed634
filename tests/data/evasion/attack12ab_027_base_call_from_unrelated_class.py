# source: Python tutorial 9.5 (Base.method(self, arguments) calls a base class method);
#         NumPy 1.12.0 release notes (ndarray.data assignment)
# family: C.m(self, ...) from a class that does not derive from C: self is an ndarray subclass
# goal: self.data = buf on a numpy array
import numpy as np
class C:
    def __init__(self):
        self.data = None
    def point(self, buf):
        self.data = buf
class D(np.ndarray):
    def go(self):
        C.point(self, bytearray(64))
d = np.zeros(4).view(D)
d.go()
print(d)
