# Source: black-box attack on sandexec's check, 2026-11-26: ordinary code the check refused (false positive).
class Order:
    def __init__(self, system, path, code, frame):
        self.system = system
        self.path = path
        self.code = code
        self.frame = frame
o = Order("momo", "a/b", 200, "1D")
print(o.system, o.path, o.code, o.frame)
import json
print(json.dumps({"system": o.system, "code": o.code}))
