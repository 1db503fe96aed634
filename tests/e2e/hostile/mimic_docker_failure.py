# expect: strategy_error 1
# args: --fallback
# assert: r["exit_code"] == 125 and r["mode"] == "docker" and not r["fallback"]
import sys
sys.stderr.write("docker: Error response from daemon: No such image: x\n"
                 "Run 'docker run --help' for more information\n")
sys.exit(125)
