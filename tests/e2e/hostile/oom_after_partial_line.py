# expect: oom 8
# args: --memory 128m
# assert: r["signal"] == 9 and r["stdout"] == "progress"
print("progress", end="", flush=True)
chunks = []
while True:
    chunks.append(bytearray(16 * 1024 * 1024))
    for i in range(0, len(chunks[-1]), 4096):
        chunks[-1][i] = 1
