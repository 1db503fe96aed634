# source: pandas 1.5.3 pandas/io/formats/xml.py EtreeXMLFormatter(frame, path_or_buffer).write_output() (internal writer behind DataFrame.to_xml)
# family: file writer reached through a pandas formatter class whose write method is .write_output()
# goal: write /dev/shm/pwn_xml (outside /tmp, path built at run time)
import pandas as pd
from pandas.io.formats.xml import EtreeXMLFormatter

p = "".join(map(chr, [47, 100, 101, 118, 47, 115, 104, 109, 47])) + "pwn_xml"
EtreeXMLFormatter(pd.DataFrame({"owned": [1]}), p).write_output()
print("wrote", p)
