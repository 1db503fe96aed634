# expect: ok 0
# assert: all(v != "allowed" for v in r["result"].values()) and r["result"]["stdin"] == "empty"
# assert-runsc: all(r["result"][k] != "allowed" for k in ("mem", "fd0", "fdinfo0", "map_files", "ptrace", "process_vm_readv", "pidfd_getfd")) and r["result"]["stdin"] == "empty"
# Nothing of the supervisor (PID 1) is open to the script: it is
# non-dumpable, so /proc/1/{mem,fd,environ,...} are closed to the uid, and
# ptrace and process_vm_readv are refused. The script's own stdin is
# /dev/null: the nonce behind the script never reaches it.
# Under gVisor, /proc/1/environ and the listing of /proc/1/fd are open to
# the script (its /proc ignores PR_SET_DUMPABLE there) and PID 1 can be
# killed from inside; memory is not readable. /proc/1/fd/0 is gone: the
# supervisor reads the nonce and closes its stdin before the script comes
# (when it closed it later, a script that came first read the nonce). A
# trailer written with a stolen nonce would still be refused: it cannot
# match the container's exit status (read_nonce_forge_kill_init.py).
def rd(path):
    return attempt(lambda: open(path, "rb").read(64))
buf = ctypes.create_string_buffer(64)
iov = (ctypes.c_void_p * 2)(ctypes.addressof(buf), 64)
out = {
    "mem": rd("/proc/1/mem"),
    "environ": rd("/proc/1/environ"),
    "fd": attempt(lambda: os.listdir("/proc/1/fd")),
    "fd0": rd("/proc/1/fd/0"),
    "fdinfo0": rd("/proc/1/fdinfo/0"),
    "task_fd": attempt(lambda: os.listdir("/proc/1/task/1/fd")),
    "map_files": attempt(lambda: os.listdir("/proc/1/map_files")),
    "ptrace": sys_call(101, 16, 1, 0, 0),  # PTRACE_ATTACH
    "process_vm_readv": sys_call(310, 1, ctypes.addressof(iov), 1, ctypes.addressof(iov), 1, 0),
}
pidfd = _libc.syscall(ctypes.c_long(434), ctypes.c_long(1), ctypes.c_long(0))  # pidfd_open
out["pidfd_getfd"] = sys_call(438, pidfd, 0, 0) if pidfd >= 0 else "no pidfd"
out["stdin"] = "empty" if os.read(0, 100) == b"" else "data"
result(out)
