# expect: ok 0
# assert: r["result"]["shm_bytes"] <= 64 * 1024 * 1024
st = os.statvfs("/dev/shm")
result({"shm_bytes": st.f_blocks * st.f_frsize})
