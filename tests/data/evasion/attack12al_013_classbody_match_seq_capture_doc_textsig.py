# source: CPython inspect._signature_fromstr; dataclasses _process_class (inspect.signature for __doc__); PEP 634 sequence pattern captures bind in the class namespace
# family: class-body binding of __doc__ without = (capture inside a sequence pattern) -> text signature of a builtin-derived class
# goal: inspect evaluates sys./os. names from sys.modules (sys beyond argv)
import dataclasses
class B(int):
    match ["B(x=sys.executable, y=os.sep)\n--\n\n"]:
        case [__doc__]:
            pass
@dataclasses.dataclass(init=False)
class C(B):
    pass
print(C.__doc__)
