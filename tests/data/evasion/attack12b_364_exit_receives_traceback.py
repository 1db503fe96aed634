# source: Python data model: __exit__(self, exc_type, exc, tb) gets the traceback (pyjail write-ups use tb.tb_frame.f_back.f_globals)
# family: context-manager __exit__ (allowed dunder) receives a traceback object; frame reached from it through the unbound Series.apply getattr is NOT used here
# goal: get hold of a traceback object (and its frame via match on a script class is refused), print evidence of the traceback
import json


class Grab:
    tb = None

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        Grab.tb = tb
        return True


with Grab():
    1 / 0
print(json.dumps({"evidence": repr(Grab.tb), "type": repr(type(Grab.tb))}))
