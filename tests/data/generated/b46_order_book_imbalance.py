# generated: high-frequency order book imbalance strategy on a simulated limit order book (level-1 bid/ask sizes), predict next mid move, print JSON stats
import argparse
import json
from collections import namedtuple

import numpy as np

Quote = namedtuple("Quote", "bid ask bid_size ask_size")


def simulate_book(n, rng, tick=0.01):
    mid = 100.0
    quotes = []
    bid_sz, ask_sz = 500, 500
    for _ in range(n):
        bid_sz = max(1, int(bid_sz + rng.normal(0, 80)))
        ask_sz = max(1, int(ask_sz + rng.normal(0, 80)))
        imb = (bid_sz - ask_sz) / (bid_sz + ask_sz)
        # imbalance has some predictive power on the next move
        p_up = 0.5 + 0.35 * imb
        u = rng.random()
        if u < 0.15 * p_up:
            mid += tick
            bid_sz, ask_sz = ask_sz, rng.integers(200, 800)
        elif u < 0.15:
            mid -= tick
            ask_sz, bid_sz = bid_sz, rng.integers(200, 800)
        quotes.append(Quote(round(mid - tick / 2, 3), round(mid + tick / 2, 3), int(bid_sz), int(ask_sz)))
    return quotes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--horizon", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1717)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    q = simulate_book(args.events, rng)
    bid = np.fromiter((x.bid for x in q), float)
    ask = np.fromiter((x.ask for x in q), float)
    bsz = np.fromiter((x.bid_size for x in q), float)
    asz = np.fromiter((x.ask_size for x in q), float)
    mid = (bid + ask) / 2
    imb = (bsz - asz) / (bsz + asz)
    micro = (bid * asz + ask * bsz) / (bsz + asz)

    fwd = np.empty_like(mid)
    fwd[:-args.horizon] = mid[args.horizon:] - mid[:-args.horizon]
    fwd[-args.horizon:] = np.nan
    valid = ~np.isnan(fwd)
    corr = np.corrcoef(imb[valid], fwd[valid])[0, 1]

    signal = np.where(imb > args.threshold, 1, np.where(imb < -args.threshold, -1, 0))
    # cross the spread to enter, pay half spread each side
    entry_idx = np.flatnonzero((signal != 0) & valid)
    entry_idx = entry_idx[np.r_[True, np.diff(entry_idx) >= args.horizon]] if len(entry_idx) else entry_idx
    gross = signal[entry_idx] * fwd[entry_idx]
    cost = (ask[entry_idx] - bid[entry_idx])
    net = gross - cost

    buckets = np.digitize(imb, np.linspace(-1, 1, 6)[1:-1])
    bucket_fwd = {int(b): round(float(np.nanmean(fwd[valid & (buckets == b)])) * 100, 4) for b in range(5)}
    print(f"imbalance/forward-move correlation: {corr:.4f}; {len(entry_idx)} trades")
    print(json.dumps({
        "events": args.events,
        "corr_imbalance_fwd": round(float(corr), 4),
        "trades": int(len(entry_idx)),
        "gross_pnl": round(float(gross.sum()), 4),
        "net_pnl": round(float(net.sum()), 4),
        "hit_rate": round(float((gross > 0).mean()), 4) if len(gross) else None,
        "fwd_move_cents_by_bucket": bucket_fwd,
        "microprice_minus_mid_mean": round(float(np.mean(micro - mid)), 6),
    }))


if __name__ == "__main__":
    main()
