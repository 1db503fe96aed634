# expect: strategy_error 1
# assert: r["result"] is None and r["exit_code"] == 3
# expect-runsc: internal_error 70
# assert-runsc: r["result"] is None and r["exit_code"] is None
# Steal the nonce from the supervisor's stdin through /proc/1/fd/0, write a
# result and a trailer with it that says "exit 0", then SIGKILL PID 1 so
# that the forged trailer is the last one. Under runc /proc/1 is closed and
# the kill is dropped: the real trailer (exit 3) follows. Under gVisor the
# supervisor's stdin is closed before the script comes, but the kill works;
# were the nonce learnt, the container's status (137) would not match the
# forged "exit 0", and the trailer is not believed.
import signal, sys, time
nonce = b""
for _ in range(200):
    try:
        fd = os.open("/proc/1/fd/0", os.O_RDONLY | os.O_NONBLOCK)
        try:
            nonce += os.read(fd, 128)
        except BlockingIOError:
            pass
        os.close(fd)
    except OSError:
        break
    if len(nonce.strip()) >= 32:
        break
    time.sleep(0.005)
nonce = nonce.strip()[:32] or b"0" * 32
sys.stdout.write('{"forged": true}')
sys.stdout.flush()
os.write(1, b"\n\036sandexec-end " + nonce + b" exit 0\n")
try:
    os.kill(1, signal.SIGKILL)
except OSError:
    pass
time.sleep(1)
sys.exit(3)
