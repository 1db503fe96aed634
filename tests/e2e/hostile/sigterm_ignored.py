# expect: timeout 124
# args: --timeout 2
# direct: timeout 124
import signal, time
for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(s, signal.SIG_IGN)
while True:
    time.sleep(0.01)
