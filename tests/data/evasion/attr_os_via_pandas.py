import pandas
pandas.io.common.os.system('id')
