import asyncio
async def work():
    raise ValueError("failed")
async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    for i in range(3):
        try:
            await t
        except ValueError as e:
            tb = e.__traceback__
            while tb:
                print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
                tb = tb.tb_next
    for i in range(2):
        try:
            t.result()
        except ValueError as e:
            tb = e.__traceback__
            while tb:
                print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
                tb = tb.tb_next
asyncio.run(main())
