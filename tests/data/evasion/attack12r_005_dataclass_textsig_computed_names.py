# source: CPython Lib/inspect.py _signature_fromstr (wrap_value: eval(s, module_dict) then eval(s, sys.modules.copy()));
#         Lib/dataclasses.py _process_class (cls.__doc__ = name + str(inspect.signature(cls))); Objects/typeobject.c
#         type_get_text_signature (a heap type's __text_signature__ is parsed from its __doc__ "Name(...)\n--\n\n")
# family: docstring text-signature evaluated by inspect, triggered by @dataclass(init=False) on a subclass of a builtin;
#         __doc__ assigned from a string built at run time, so module and attribute names are computed
# goal: read any constant-valued attribute of any loaded module (sys, os, posix, ...) by names computed at run time,
#       and walk into frames / code objects (gi_frame.f_lineno, __code__.co_filename) of objects the script holds
import dataclasses
import pandas as pd

gen = (x for x in [1])

picks = [("s" + "ys", "exec" + "utable"), ("s" + "ys", "base_" + "prefix"), ("p" + "osix", "O_" + "WRONLY"),
         ("s" + "ys", "flags.iso" + "lated"), ("s" + "ys", "implementation.cache_" + "tag"),
         ("gen", "gi_" + "frame.f_" + "lineno"), ("gen", "gi_" + "code.co_" + "filename"),
         ("pd", "read_csv." + chr(95) * 2 + "code" + chr(95) * 2 + ".co_" + "filename")]
params = ", ".join("p%d=%s.%s" % (i, m, a) for i, (m, a) in enumerate(picks))
sig = "B(" + params + ")\n--\n\n"


class B(int):
    __doc__ = sig


@dataclasses.dataclass(init=False)
class K(B):
    pass


print(K.__doc__)
