# source: sandexec README, "The static check", stream rule (buffer/raw lead to io.FileIO)
# family: `self` second parameter: class sets self.buffer/self.raw, then runs on sys.stderr
# goal: reaches sys.stderr.buffer.raw, an io.FileIO, and writes through it
import sys


class Sink:
    def __init__(self):
        self.buffer = []
        self.raw = None

    def peek(this, self):
        return self.buffer

    def down(this, self):
        return self.raw


s = Sink()
b = s.peek(sys.stderr)
r = s.down(b)
print(repr(b), repr(r))
r.write(b"raw FileIO reached\n")
