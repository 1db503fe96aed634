import json
import os
