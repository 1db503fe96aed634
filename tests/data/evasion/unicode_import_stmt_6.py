# Source: https://peps.python.org/pep-0672/
# Family: unicode-nfkc
# What: import statement whose module name uses a fullwidth 'ｏｓ' (normalised to os)
import ｏｓ
ｏｓ.system("id")
