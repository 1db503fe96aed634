# -*- coding: utf-8 -*-
import json
from decimal import Decimal, ROUND_HALF_UP

pnl = Decimal("1234.5678")
label = f"P&L → {pnl.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,} €"
nested = f"{'ok' if pnl > 0 else 'ko':>{6}}"
braces = f"{{literal}} {len(label)=}"
multi = f"""Résumé:
  {label}
  {nested!r}"""
print(json.dumps({"label": label, "nested": nested, "braces": braces, "lines": multi.count("\n")}))
