# expect: timeout 124
# args: --timeout 2
# direct: timeout 124
import time
time.sleep(10 ** 6)
