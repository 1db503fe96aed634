if True:
	import os
