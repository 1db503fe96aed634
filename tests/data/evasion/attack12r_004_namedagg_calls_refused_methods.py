# source: pandas 1.5 pandas/core/apply.py Apply._try_aggregate_string_function (callable attribute found by name is
#         called; else getattr(np, name)(obj)); pandas/io/clipboard/__init__.py determine_clipboard (which xsel/xclip/...,
#         /proc/version "microsoft" -> subprocess.Popen(["clip.exe"])); numpy.lib.utils.lookfor (imports numpy submodules)
# family: pandas string dispatch with a run-time name hidden in pd.NamedAgg(...) -> zero-argument call of methods the
#         check refuses by name (to_clipboard is a forbidden attribute; numpy.lookfor is refused) 
# goal: run Series.to_clipboard() (clipboard backend probing; spawns xsel/xclip/clip.exe where present) and
#       numpy.lookfor(series) (imports every numpy submodule, incl. refused ones) by names computed at run time
import pandas as pd

df = pd.DataFrame({"v": [1.0, 2.0]})
for name in ["to_" + "clipboard", "look" + "for"]:
    try:
        r = df.agg(x=pd.NamedAgg("v", name))
        print(name, "->", repr(r)[:300])
    except Exception as e:
        print(name, "->", type(e).__name__, str(e).strip()[:200])
