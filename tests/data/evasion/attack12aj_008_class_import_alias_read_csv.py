# source: sandexec README, "The static check", file I/O rule ("The rules follow the callable under another name (from pandas import read_csv as load_prices)")
# family: reader under an import alias inside a class body - K.rc(path) with a path built at run time (alias not followed when bound in a class body)
# goal: reads /etc/passwd with pandas.read_csv
class K:
    from pandas import read_csv as rc


p = "".join(chr(c) for c in [47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100])
print(K.rc(p, header=None, sep="|").head(5).to_string())
