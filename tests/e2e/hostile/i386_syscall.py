# expect: strategy_error 1
# assert: r["signal"] == 31 or r["exit_code"] == 3
# The 32-bit entry (int 0x80) from a 64-bit process: the filter has no i386
# architecture, so the call must not go through. Machine code, x86-64 only:
#   mov eax, 20 (getpid, i386); int 0x80; ret
import mmap, platform
if platform.machine() != "x86_64":
    raise SystemExit(3)
code = bytes([0xb8, 20, 0, 0, 0, 0xcd, 0x80, 0xc3])
buf = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
buf.write(code)
addr = ctypes.addressof(ctypes.c_char.from_buffer(buf))
ret = ctypes.CFUNCTYPE(ctypes.c_long)(addr)()
# Still here: the call was refused with an errno (a negative return).
raise SystemExit(3 if ret < 0 else 4)
