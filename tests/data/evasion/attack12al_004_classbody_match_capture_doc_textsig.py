# source: CPython inspect._signature_fromstr; dataclasses _process_class (inspect.signature for __doc__); PEP 634 capture patterns bind names in the class namespace
# family: class-body binding of __doc__ without '=' (match capture pattern) -> text signature of a builtin-derived class
# goal: inspect evaluates os./sys. names from sys.modules (sys beyond argv, os reached)
import dataclasses
class B(int):
    match "B(x=sys.executable, y=os.sep, z=sys.prefix)\n--\n\n":
        case __doc__:
            pass
@dataclasses.dataclass(init=False)
class C(B):
    pass
print(C.__doc__)
