# From seed 004 (adapted: the coroutine object is printed by type, since its repr holds a memory address).
# -*- coding: UTF-8 -*-
import time


async def get_data_from_db(counter):
    data = []
    print("参数counter:", counter)
    for i in range(counter):
        time.sleep(1)
        data.append(i)
    return data

coroutine_obj = get_data_from_db(5)
print("异步函数返回值:", type(coroutine_obj).__name__)
try:
    coroutine_obj.send(None)
except Exception as e:
    print(e)

