# Source: https://github.com/langflow-ai/langflow/pull/13880 (format traversal)
# Family: fstring
# What: f-string whose format spec is another f-string producing a str.format field path
spec = "{0.__globals__}"
def f():
    pass

print(f"{spec.format(f)}")
