# Source: https://github.com/mcp-use/mcp-use/pull/1735 (Future.get_loop() -> loop.subprocess_shell)
# Family: module-attribute
# What: the running asyncio event loop spawns a shell (create_subprocess_shell / loop.subprocess_shell)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    proc = await asyncio.create_subprocess_shell("id", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out.decode(), loop)

asyncio.run(main())
