# Source: https://github.com/mcp-use/mcp-use/pull/1735 (Future.get_loop() -> loop.subprocess_shell)
# Family: module-attribute
# What: an event loop from asyncio spawns a shell via subprocess_shell
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await loop.subprocess_shell(asyncio.SubprocessProtocol, "id")

asyncio.run(main())
