# Source: https://docs.python.org/3/library/shelve.html (shelf values are pickles)
# Family: pickle-marshal
# What: shelve database unpickles attacker-controlled values on read
import shelve
with shelve.open("/tmp/strategy_state") as db:
    print(db.get("weights"))
