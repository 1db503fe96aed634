"""A strategy with a bug: it fails, so make fails and keeps no target."""
import json

prices = [100.0, 101.5, 99.8]
print(json.dumps({"strategy": "broken", "mean": sum(prices) / len(prices[3:])}))
