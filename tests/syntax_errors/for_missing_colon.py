async def main():
    for i in range(3)
        await asyncio.sleep(i)
