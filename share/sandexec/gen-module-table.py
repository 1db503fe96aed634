"""Generate share/sandexec/modules.table: what a script can reach through the
attributes of the modules the static check allows.

Run it inside the sandbox image, so the table follows the numpy, pandas and
Python that strategies really get:

    docker run --rm --network none sandexec-python:bookworm \\
        python3 - < share/sandexec/gen-module-table.py > share/sandexec/modules.table

Each line is KIND PATH [TARGET]; PATH is a module's canonical name, or a
module's canonical name and one public attribute of it:

    m numpy.lib numpy.lib     an attribute that is a module (TARGET: its name)
    x numpy.lib.format        a submodule that is never allowed, whatever the
                              configuration (it reads pickles, loads shared
                              libraries, runs processes)
    d argparse.Namespace._get_kwargs
                              (three parts) a private method of a public class
                              whose code runs code, reads attributes, modules
                              or frames by name, or opens files
    d pandas.read_pickle      a callable that turns data into code, or opens
                              a door out of the module (pickle, ctypes, eval,
                              files by raw path, processes)
    f pandas.read_csv         a callable whose first parameter is a file path
                              (path, fname, filepath_or_buffer, ...): the
                              check accepts a call only with a path it can
                              read (a literal, f"/data/...")
    w pandas.io.orc.to_orc    a function that opens a file or URL by a value it
                              is given, not as its first parameter: refused
                              through its module; as 'd' when its name is
                              not also a DataFrame/Series method
    o tofile                  (last, one name a line) a public attribute name
                              of the allowed modules' classes, everyday
                              objects or the builtin types: a denied
                              attribute name the script assigns on self is
                              not its own where it is one of these (self may
                              be an array, x.tofile(path) numpy's)
    c items                   (last, after the 'o' lines) a public method name
                              of such a class whose objects take attributes
                              (Counter, ChainMap, Namespace, pandas' objects):
                              x.items = f shadows the method the library's
                              own code calls by name (Counter.__add__ calls
                              self.items())

The 'f' callables are the allowlist of what may open a file: a function
whose code opens files, URLs or processes (pandas.show_versions(as_json=
path), to_feather(df, path)) and is not 'f' is refused, so a new writer
in numpy or pandas is refused until its path is one the check reads.

A module-valued attribute whose target is outside validator.allowed_modules
(pandas.io.common.os, json.codecs, enum.bltns) is refused by the check
because its TARGET is not allowed; private names (_sys) are refused without
a table. Private attributes are listed only when they are modules that are
not allowed (random._os), and as 'd' when they build or run code
(dataclasses._create_fn, typing._eval_type): the check refuses those names
behind any object, even where the script defines an attribute of the same
name. Nothing here is executed by sandexec: it is data.
"""
import ast
import importlib
import inspect
import pkgutil
import sys
import textwrap
import types
import warnings

ROOTS = ["numpy", "pandas", "math", "statistics", "datetime", "json", "collections",
         "itertools", "functools", "decimal", "fractions", "random", "re", "typing",
         "dataclasses", "enum", "bisect", "heapq", "operator", "__future__", "time",
         "argparse"]

# Submodules of allowed packages that are never allowed: they exist to load
# pickles or native code, run compilers or processes, or touch the clipboard.
DENIED_MODULES = {
    "numpy.ctypeslib", "numpy.f2py", "numpy.distutils", "numpy.testing",
    "numpy.lib.format", "numpy.lib.utils", "numpy.lib.npyio", "numpy.lib._datasource",
    "numpy.compat", "numpy.compat.py3k", "numpy.core._internal",
    "pandas.io.pickle", "pandas.io.clipboard", "pandas.io.clipboards", "pandas.io.sql",
    "pandas.io.pytables", "pandas.io.common", "pandas.compat.pickle_compat",
    "pandas.testing", "pandas.util.testing", "pandas.io.formats.printing",
    "pandas.core.computation", "pandas.core.computation.eval",
    "pandas.core.computation.expr", "pandas.core.computation.scope",
    "pandas.core.computation.pytables", "pandas.core.computation.engines",
    # pandas' internals, not its API (pandas.core.apply.SeriesApply(obj,
    # name).apply_str() is getattr(obj, name)); pandas.compat likewise.
    # json.tool is a command line: its main() opens the files in sys.argv.
    "pandas.core", "pandas.compat", "json.tool",
    # Benchmarks that time statements given as strings (timeit).
    "numpy.ma.bench", "numpy.ma.timer_comparison",
    # pandas' I/O machinery: its API is pandas.read_* and the to_* methods.
    # Inside, readers and writers take their path where the 'f' lines do
    # not look (TextParser(*args), CSVFormatter(formatter, path).save()).
    "pandas.io",
    # Record arrays from bytes: fromstring, array(bytes) and the buf= of
    # recarray build an array over the bytes a script gives, with object
    # fields whose pointers it wrote.
    "numpy.core.records", "numpy.ma.mrecords",
    # The dataframe interchange protocol builds arrays from the raw
    # pointers an object's __dataframe__ gives (Buffer.ptr), and pandas
    # finds that method by a label as well as an attribute.
    "pandas.api.interchange", "pandas.core.interchange",
}

# Objects the allowed readers return keep objects of modules outside the
# list in their public attributes (np.load's NpzFile: .zip, a ZipFile that
# extracts to any path; .fid, the open file). Made here from small files
# and walked: an attribute that holds one (or holds an object that holds
# one) is listed as 'm' CLASS.ATTR MODULE, and its name is refused behind
# any object, as the module-valued attributes are.
DOOR_HOMES = {"zipfile", "tarfile", "gzip", "bz2", "lzma", "mmap"}

# Callables that read code or native libraries from data or reach the host.
DANGEROUS_WORDS = ("pickle", "ctypes", "load_library", "fromfile", "tofile", "memmap",
                   "popen", "spawn", "spawnv", "openfile", "exec", "import_module",
                   "get_type_hints", "attrgetter", "methodcaller", "forwardref",
                   # The classes of a union or a generic: a class object
                   # without naming it (pandas' constructors are refused
                   # as values; called elsewhere they take fastpath by
                   # position).
                   "get_args",
                   "safe_eval", "read_array", "write_array", "datasource", "eval",
                   "breakpoint", "get_include", "show_config", "lookfor", "source",
                   "clipboard", "read_sql", "read_hdf", "to_hdf", "hdfstore",
                   "getattr", "setattr", "delattr", "globals",
                   "_printer", "open",
                   # Arrays over any memory: as_strided does not bound its
                   # strides (sliding_window_view does), DummyArray takes a
                   # raw address, byte_bounds gives one.
                   "as_strided", "dummyarray", "byte_bounds",
                   # Arrayterator's __array__ reads what it wraps through
                   # that object's __getitem__, a script's, which numpy
                   # calls while it holds a list's items without a
                   # reference (attack12cc_005).
                   "arrayterator")
# Private helpers that build or evaluate code from strings.
PRIVATE_CODE_WORDS = ("create_fn", "eval", "exec", "compile", "type_convert", "type_check",
                      "forward", "getattr", "setattr", "frame", "globals", "builtin",
                      "import", "load", "open", "pickle", "code")
# A callable defined in one of these is a door out, whatever its name.
DANGEROUS_HOMES = {"os", "posix", "sys", "subprocess", "importlib", "ctypes", "_ctypes",
                   "pickle", "_pickle", "marshal", "io", "_io", "codecs", "_codecs",
                   "shutil", "socket", "_socket", "inspect", "runpy", "code", "pdb",
                   "shelve", "tempfile", "builtins", "types", "gc", "weakref",
                   "multiprocessing", "signal", "mmap",
                   "pathlib", "glob", "urllib", "http", "webbrowser", "pydoc",
                   "site", "sysconfig", "platform", "zipimport", "linecache",
                   "tokenize", "traceback", "copyreg", "dill", "cloudpickle"}
# Classes from these are plain data types (bool, str, Exception): harmless.
PLAIN_HOMES = {"builtins"}


# First parameters that name a file.
PATH_PARAMS = {"path", "fname", "file", "filename", "filepath_or_buffer", "path_or_buf",
               "path_or_buffer", "io", "buf", "excel_writer", "filepath"}


def takes_path(obj):
    if isinstance(obj, types.ModuleType) or not callable(obj):
        return False
    try:
        params = list(inspect.signature(obj).parameters)
    except (TypeError, ValueError):
        return False
    # Readers such as TextFileReader(f, ...) call the file "f"; functions
    # with an "f" first take a function (np.gradient, typing.final).
    return bool(params) and (params[0] in PATH_PARAMS or
                             (params[0] == "f" and isinstance(obj, type)))


# Calls by which a function opens a file, a URL or a process.
FILE_CALLS = {"open", "get_handle", "get_buffer", "save_to_buffer", "urlopen", "fopen",
              "Popen", "check_output", "makedirs", "rmtree"}


def code_nodes(fn):
    """The syntax nodes of fn's own source, or none when it has none."""
    try:
        return list(ast.walk(ast.parse(textwrap.dedent(inspect.getsource(fn)))))
    except (OSError, TypeError, SyntaxError, IndentationError):
        return []


def call_name(node):
    """The name a call node calls (f(...) or x.f(...)), else None."""
    if not isinstance(node, ast.Call):
        return None
    f = node.func
    return f.id if isinstance(f, ast.Name) else getattr(f, "attr", None)


def opens_files(obj):
    """obj is a Python function whose own code calls one of FILE_CALLS."""
    return inspect.isfunction(obj) and any(call_name(n) in FILE_CALLS for n in code_nodes(obj))


# What a private method of a library class may not do for a script: run
# code, read attributes, modules or frames by name, open files. A script
# that defines a method of the same name and calls self._name() with an
# object of the library class as self (C.f(obj)) would run the library's.
RISKY_CALLS = {"eval", "exec", "compile", "getattr", "setattr", "delattr", "vars",
               "__import__", "open", "import_module", "globals", "locals", "_getframe",
               "get_handle", "urlopen", "Popen", "system"}
RISKY_ATTRS = {"__dict__", "modules", "__globals__", "f_globals", "f_locals", "__builtins__"}


def risky_method(fn):
    """fn's own code calls one of RISKY_CALLS or reads one of RISKY_ATTRS."""
    return any(call_name(n) in RISKY_CALLS or
               (isinstance(n, ast.Attribute) and n.attr in RISKY_ATTRS) for n in code_nodes(fn))


def risky_private_methods(cls):
    """The private (not dunder) methods of cls whose code is risky_method."""
    out = []
    for a in dir(cls):
        if not a.startswith("_") or a.startswith("__"):
            continue
        try:
            raw = inspect.getattr_static(cls, a)
        except Exception:
            continue
        fn = getattr(raw, "__func__", raw)
        if isinstance(fn, property):
            fn = fn.fget
        if inspect.isfunction(fn) and risky_method(fn):
            out.append(a)
    return out


# Calls by which a function runs code or imports a module named by its
# caller: the builtins by their bare name, the others however reached.
CODE_BUILTINS = {"exec", "eval", "compile", "__import__"}
CODE_CALLS = {"import_module", "import_optional_dependency", "Timer", "timeit", "run_path",
              "run_module", "load_module", "exec_module"}
# namedtuple() execs a class it builds from names it first checks are
# identifiers: no code of the caller's runs.
CODE_OK = {"namedtuple"}


def code_calls(fn):
    """(name, bare, variable) of each call in fn's own code: its name, whether
    it is called by a bare name, whether its first argument is not a
    constant (a literal module name is the library's own choice)."""
    out = []
    for node in code_nodes(fn):
        if isinstance(node, ast.Call):
            args = list(node.args) + [k.value for k in node.keywords]
            variable = bool(args) and not isinstance(args[0], ast.Constant)
            out.append((call_name(node), isinstance(node.func, ast.Name), variable))
    return out


def runs_code(obj, depth=1):
    """obj (a function, or a class by its __init__) runs code or imports a
    module by a name it is given: np.info(toplevel=), np.add_newdoc(place),
    import_optional_dependency(name), numpy.ma.bench.timer(stmt); through
    one call of a function of its module too (info -> _makenamedict)."""
    fn = obj.__init__ if isinstance(obj, type) else obj
    if not inspect.isfunction(fn):
        return False
    calls = code_calls(fn)
    if any(v and ((b and n in CODE_BUILTINS) or n in CODE_CALLS) for n, b, v in calls):
        return True
    if depth:
        g = getattr(fn, "__globals__", {})
        for n, b, v in calls:
            h = g.get(n)
            if v and inspect.isfunction(h) and h is not fn and runs_code(h, depth - 1):
                return True
    return False


# Parts of a module's name that mark it as the package's tests, build
# scripts or test helpers, never its API: numpy.ma.tests.test_mrecords
# imports fromtextfile (opens any path) and temppath (any directory),
# numpy.linalg.setup holds sysconfig, numpy.ma.testutils unittest. They
# are never allowed. Tests, conftest and build scripts are not imported
# here (they import pytest, compilers) and are listed as 'x' at the
# top-most such name: the check refuses every module under an 'x' line.
# Test helpers are imported and walked as the denied modules are, so that
# their dangerous callables' names are refused behind any object.
NOT_API_PARTS = {"tests", "testing", "conftest", "setup", "testutils", "benchmarks"}
NOT_IMPORTED_PARTS = {"tests", "conftest", "setup", "benchmarks"}


def not_api(name):
    return any(p in NOT_API_PARTS for p in name.split(".")[1:])


def private_module(name):
    """pandas._testing, numpy.core._multiarray_umath: a package's internals,
    which a script reaches only by their private names. Listed like the
    modules that lead out: their names are refused behind any object, a
    self._x of the script's included (self may be another object)."""
    return any(p.startswith("_") for p in name.split(".")[1:])


def allowed(name):
    return (name.split(".")[0] in ROOTS and name not in DENIED_MODULES and not any(
        name.startswith(d + ".") for d in DENIED_MODULES) and not not_api(name))


def dangerous(obj, attr):
    if isinstance(obj, types.ModuleType) or not callable(obj):
        return False
    low = "_" + attr.lower() + "_"
    if any("_" + w + "_" in low for w in DANGEROUS_WORDS):
        return True
    home = getattr(obj, "__module__", None) or ""
    if not isinstance(home, str):
        return False
    home = home.split(".")[0]
    if isinstance(obj, type) and home in PLAIN_HOMES:
        return False
    return home in DANGEROUS_HOMES


def door_home(val):
    home = (type(val).__module__ or "").split(".")[0]
    if home in PLAIN_HOMES:
        return None
    return home if home in DANGEROUS_HOMES or home in DOOR_HOMES else None


def instance_doors():
    import os
    import tempfile
    import numpy as np
    import pandas as pd

    out = set()
    with tempfile.TemporaryDirectory() as d:
        npz, csv, jsonl = (os.path.join(d, n) for n in ("a.npz", "a.csv", "a.jsonl"))
        np.savez(npz, a=np.arange(2))
        with open(csv, "w") as f:
            f.write("a,b\n1,2\n")
        with open(jsonl, "w") as f:
            f.write('{"a": 1}\n')
        made = [np.load(npz), pd.read_csv(csv, chunksize=1), pd.read_csv(csv, iterator=True),
                pd.read_json(jsonl, lines=True, chunksize=1)]
        for obj in made:
            cls = type(obj)
            where = "%s.%s" % (cls.__module__, cls.__qualname__)
            for attr, val in sorted(vars(obj).items()):
                # Names the everyday objects have (JsonReader.data, as
                # ndarray.data) would be refused on every object: left.
                if attr.startswith("_") or any(
                        hasattr(c, attr) for c in (np.ndarray, pd.DataFrame, pd.Series)):
                    continue
                home = door_home(val)
                if home is None and not allowed(type(val).__module__ or ""):
                    inner = [door_home(v) for v in getattr(val, "__dict__", {}).values()]
                    home = next((h for h in inner if h), None)
                if home:
                    out.add("m %s.%s %s" % (where, attr, home))
            close = getattr(obj, "close", None)
            if close:
                close()
    return out


def object_names(mods):
    """The public attribute names of the allowed modules' classes (and
    their bases), of everyday objects and of the builtin types: names
    another object answers to, whatever a script's own attribute of the
    same name is."""
    import builtins
    import numpy as np
    import pandas as pd

    names, seen = set(), set()

    def add(obj):
        try:
            names.update(n for n in dir(obj) if not n.startswith("_"))
        except BaseException:
            pass

    for name in sorted(mods):
        if not allowed(name):
            continue
        for val in list(vars(mods[name]).values()):
            if isinstance(val, type):
                for c in val.__mro__:
                    if id(c) not in seen:
                        seen.add(id(c))
                        add(c)
    for val in vars(builtins).values():
        if isinstance(val, type):
            add(val)
    add(types.FunctionType)
    add(types.ModuleType)
    frame = pd.DataFrame({"a": [1.0], "b": ["x"]})
    for make in (lambda: frame.groupby("b"), lambda: frame.rolling(1), lambda: frame["b"].str,
                 lambda: frame.ewm(span=2), lambda: frame.expanding(), lambda: frame.iloc,
                 lambda: pd.Series(pd.date_range("2020", periods=1)).dt, lambda: frame.plot,
                 lambda: np.random.default_rng(1)):
        try:
            add(make())
        except BaseException:
            pass
    return names


def shadowable_methods(mods):
    """Public method names of the allowed modules' classes (and their
    bases) and of everyday objects whose instances take attributes (a
    __dict__: Counter, ChainMap, Namespace, pandas' objects) that the
    classes' own Python code calls by name (x.NAME(...) in their methods'
    source): x.items = f on such an object shadows the method, which the
    library then runs (Counter.__add__ calls self.items(), a Series' repr
    self.to_string())."""
    import numpy as np
    import pandas as pd

    methods, called, seen = set(), set(), set()

    def calls(fn):
        fn = getattr(fn, "__func__", fn)
        if not hasattr(fn, "__code__"):
            return
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
        except BaseException:
            return
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                called.add(node.func.attr)

    def add(cls):
        if id(cls) in seen:
            return
        seen.add(id(cls))
        try:
            for v in list(vars(cls).values()):
                calls(v)
            if not getattr(cls, "__dictoffset__", 0):
                return
            for n in dir(cls):
                if n.startswith("_"):
                    continue
                try:
                    v = inspect.getattr_static(cls, n)
                except AttributeError:
                    continue
                if hasattr(type(v), "__set__") or hasattr(type(v), "__delete__"):
                    continue  # a property or a slot: x.n = f sets it
                if callable(v) or isinstance(v, (staticmethod, classmethod)):
                    methods.add(n)
        except BaseException:
            pass

    for name in sorted(mods):
        if not allowed(name):
            continue
        for val in list(vars(mods[name]).values()):
            if isinstance(val, type):
                for c in val.__mro__:
                    add(c)
    frame = pd.DataFrame({"a": [1.0], "b": ["x"]})
    for make in (lambda: frame.groupby("b"), lambda: frame.rolling(1), lambda: frame["b"].str,
                 lambda: frame.ewm(span=2), lambda: frame.expanding(), lambda: frame.iloc,
                 lambda: pd.Series(pd.date_range("2020", periods=1)).dt, lambda: frame.plot,
                 lambda: np.random.default_rng(1), lambda: frame.index, lambda: frame["a"]):
        try:
            for c in type(make()).__mro__:
                add(c)
        except BaseException:
            pass
    names = methods & called
    # what a frame, a series or an index answers as a property (df.index =
    # labels): on them x.name = v sets data, and the scripts' everyday
    # x.index = ... is not taken for a method's shadow
    for cls in (pd.DataFrame, pd.Series, pd.Index):
        for n in list(names):
            try:
                v = inspect.getattr_static(cls, n)
            except AttributeError:
                continue
            if hasattr(type(v), "__set__"):
                names.discard(n)
    return names


def main():
    warnings.simplefilter("ignore")
    mods = {}
    skipped = set()
    for root in ROOTS:
        try:
            mods[root] = importlib.import_module(root)
        except ImportError:
            continue
        m = mods[root]
        if hasattr(m, "__path__"):
            for info in pkgutil.walk_packages(m.__path__, root + "."):
                parts = info.name.split(".")
                if any(p in NOT_IMPORTED_PARTS for p in parts[1:]):
                    skipped.add(info.name)
                    continue
                if any(p.startswith("_") for p in parts[1:]):
                    continue
                try:
                    mods[info.name] = importlib.import_module(info.name)
                except BaseException:
                    pass
    # Denied whether or not this image could import them.
    lines = set("x %s" % d for d in DENIED_MODULES)
    # Tests, build scripts and test helpers found on disk: the top-most
    # name of each (pandas.tests, not its hundreds of modules).
    lines |= set("x %s" % n for n in skipped
                 if not any(n.startswith(o + ".") for o in skipped))
    classes = set()
    for name in sorted(mods):
        mod = mods[name]
        ok = allowed(name)
        if ok:
            lines.add("m %s %s" % (name, name))
        else:
            # Never allowed; its dangerous callables are still listed, so
            # that their names are refused behind any object.
            lines.add("x %s" % name)
        for attr in sorted(dir(mod)):
            if attr.startswith("__"):
                continue
            if attr.startswith("_"):
                # A private module-valued attribute that leads out
                # (random._os, collections._sys): the check refuses its
                # name behind any object, whatever the script defines.
                try:
                    obj = getattr(mod, attr)
                except BaseException:
                    continue
                if (ok and isinstance(obj, types.ModuleType)
                        and (not allowed(obj.__name__) or private_module(obj.__name__))):
                    lines.add("m %s.%s %s" % (name, attr, obj.__name__))
                elif ok and (dangerous(obj, attr) or any(
                        w in attr.lower() for w in PRIVATE_CODE_WORDS)) and callable(obj):
                    # A private callable that runs code (dataclasses._create_fn,
                    # typing._eval_type): its name is refused behind any
                    # object, as the public dangerous ones.
                    lines.add("d %s.%s" % (name, attr))
                continue
            try:
                obj = getattr(mod, attr)
            except BaseException:
                continue
            path = name + "." + attr
            if isinstance(obj, types.ModuleType) and not ok:
                continue
            if isinstance(obj, types.ModuleType):
                target = obj.__name__
                lines.add("m %s %s" % (path, target))
                if not allowed(target) and target.split(".")[0] in ROOTS:
                    lines.add("x %s" % target)
            elif dangerous(obj, attr):
                lines.add("d %s" % path)
            elif ok and takes_path(obj):
                lines.add("f %s" % path)
            elif ok and isinstance(obj, type) and id(obj) not in classes:
                # Listed as 'd' module.Class._name: refused behind any
                # object, on self too, whatever the script defines.
                classes.add(id(obj))
                for a in risky_private_methods(obj):
                    lines.add("d %s.%s" % (path, a))
            elif ok and attr not in CODE_OK and runs_code(obj):
                # As the openers below: a name that is also a DataFrame
                # method (info) is refused through its module only ('w').
                frames = [getattr(mods.get("pandas"), c, None) for c in ("DataFrame", "Series")]
                method = any(c is not None and hasattr(c, attr) for c in frames)
                lines.add("%s %s" % ("w" if method else "d", path))
            elif ok and opens_files(obj):
                frames = [getattr(mods.get("pandas"), c, None) for c in ("DataFrame", "Series")]
                method = any(c is not None and hasattr(c, attr) for c in frames)
                lines.add("%s %s" % ("w" if method else "d", path))
    lines |= instance_doors()
    out = sys.stdout
    out.write("# sandexec module table: generated by share/sandexec/gen-module-table.py\n")
    out.write("# python %s numpy %s pandas %s\n" % (
        sys.version.split()[0], getattr(mods.get("numpy"), "__version__", "-"),
        getattr(mods.get("pandas"), "__version__", "-")))
    for line in sorted(lines, key=lambda s: (s.split()[1], s)):
        out.write(line + "\n")
    # Last, read only when asked: the names the check does not take for
    # the script's own on an object that may be another one.
    for name in sorted(object_names(mods)):
        out.write("o %s\n" % name)
    for name in sorted(shadowable_methods(mods)):
        out.write("c %s\n" % name)


main()
