# source: pandas/compat/_optional.py import_optional_dependency, re-exported (module globals) by pandas.io.{feather_format,html,orc,parquet,spss,xml}
# family: importer re-exported by allowed modules (table has no entry for the name, so it is accepted)
# goal: six independent handles that each import and return any module (module reprs printed)
import pandas as pd
from pandas.io import html, orc, parquet, spss, xml
for imp in (pd.io.feather_format.import_optional_dependency, html.import_optional_dependency,
            orc.import_optional_dependency, parquet.import_optional_dependency,
            spss.import_optional_dependency, xml.import_optional_dependency):
    print(imp("o" + "s"), imp("ctypes"), imp("pickle"))
