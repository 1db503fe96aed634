# expect: no_result 5
# assert: r["exit_code"] == 0
import sys
sys.stdout.write("\036sandexec-end oom\n")
sys.stdout.flush()
