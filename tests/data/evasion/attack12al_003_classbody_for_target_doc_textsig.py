# source: CPython inspect._signature_fromstr (defaults evaluated by dotted name in sys.modules); dataclasses calls inspect.signature(cls) for __doc__; sandexec README, "The static check", rule text-signature
# family: class-body binding of __doc__ without '=' (for-loop target) -> text signature of a builtin-derived class
# goal: inspect evaluates os./sys. names from sys.modules (sys beyond argv, os reached)
import dataclasses
class B(int):
    for __doc__ in ["B(x=sys.executable, y=os.sep, z=sys.prefix)\n--\n\n"]:
        pass
@dataclasses.dataclass(init=False)
class C(B):
    pass
print(C.__doc__)
