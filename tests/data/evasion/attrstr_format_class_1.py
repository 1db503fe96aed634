# Source: https://github.com/huggingface/smolagents/pull/2271; http://lucumr.pocoo.org/2016/12/29/careful-with-str-format/
# Family: attr-in-string
# What: str.format field path walks __class__.__bases__[0].__subclasses__ inside a string literal
leak = "{0.__class__.__bases__[0].__subclasses__}".format("a")
print(leak)
