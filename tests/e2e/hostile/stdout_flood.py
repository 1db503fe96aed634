# expect: output_limit 7
# assert: r["stdout_truncated"] and len(r["stdout"]) == 1024 * 1024
# direct: output_limit 7
import sys
while True:
    sys.stdout.write("y" * 65536)
