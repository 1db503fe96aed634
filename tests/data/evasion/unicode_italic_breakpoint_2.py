# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (No ASCII letters: italic breakpoint())
# Family: unicode-nfkc
# What: mathematical sans-serif italic letters spell breakpoint
𝘣𝘳𝘦𝘢𝘬𝘱𝘰𝘪𝘯𝘵()
