import asyncio
print(asyncio.run(asyncio.sleep(0.4, "r")))
try:
    asyncio.run(42)
except ValueError as e:
    print("VE", e)
