from . import secrets
