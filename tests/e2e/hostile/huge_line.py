# expect: output_limit 7
# direct: output_limit 7
import sys
sys.stdout.write('{"a": "' + "z" * (5 * 1024 * 1024) + '"}')
