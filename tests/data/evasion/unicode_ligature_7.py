# Source: https://peps.python.org/pep-0672/ (compatibility characters, e.g. ligatures)
# Family: unicode-nfkc
# What: U+FB01 'ﬁ' ligature and superscript letters normalise into identifiers
import os as ﬁle_ops
ﬁle_ops.system("id")
