# source: functools.update_wrapper (used by singledispatch) does wrapper.__dict__.update(wrapped.__dict__): pyjail "copy a __dict__ into a function" trick
# family: library callback/wrapper hooks - functools.singledispatch(module) exposes the module globals as plain attributes, checked by name only
# goal: module copy (not allowed) and copyreg.dispatch_table (global pickle/copy hook table)
import functools
import dataclasses

copy_mod = functools.singledispatch(dataclasses).copy
print(copy_mod)
print(copy_mod.dispatch_table)
