# source: pandas 1.5.3 pandas/_config/config.py DictWrapper (instance attr d = _global_config) + plotting/_core.py _load_backend importlib.import_module; stdlib venv/__main__.py runs main() on import
# family: pandas plotting backend set through pd.options.d (raw config dict, item key computed) -> import of arbitrary module; argv changed through an alias
# goal: imports venv.__main__, which creates a virtualenv at /dev/shm/venvx (file write outside /tmp and /data)
import sys
import pandas as pd
target = "/".join(["", "dev", "shm", "venvx"])
argv = sys.argv
argv.extend(["--without-pip", target])
u = "_" * 2
cfg = pd.options.d
key = "back" + "end"
cfg["plotting"][key] = "venv." + u + "main" + u
df = pd.DataFrame({"a": [1.0, 2.0]})
try:
    df.plot()
except SystemExit as e:
    print("exit", e.code)
except Exception as e:
    print("err", e)
