# Source: https://peps.python.org/pep-0672/
# Family: unicode-nfkc
# What: builtins name ｅｖａｌ and ｏｐｅｎ in mixed scripts
print(ｏｐｅｎ("/etc/passwd").read())
ｅｖａｌ("__import__('os').system('id')")
