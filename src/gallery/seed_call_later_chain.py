import asyncio
import random
import time

random.seed(7)  # looplab: seeded, so every run sleeps the same


# end_time: 定义了function_1()可以运行的最长时间,
#           并通过call_later方法传入到function_2()中作为参数
# loop:     之前通过get_event_loop()方法得到的事件循环
def function_1(end_time, loop):
    # 打印出函数名字
    print("function_1 called")
    # 延时0到1s
    time.sleep(random.randint(0, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, function_2, end_time, loop)
    else:
        loop.stop()


def function_2(end_time, loop):
    print("function_2 called ")
    # 延时0到1s
    time.sleep(random.randint(0, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, function_3, end_time, loop)
    else:
        loop.stop()


def function_3(end_time, loop):
    print("function_3 called")
    # 延时0到1s
    time.sleep(random.randint(0, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, function_1, end_time, loop)
    else:
        loop.stop()


# 得到这个事件循环
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
# 定义终止时间
end_loop = loop.time() + 9
# 通过 call_soon 方法调用了 function_1() 函数
loop.call_soon(function_1, end_loop, loop)
# 设置长周期,在此期间持续响应
loop.run_forever()
# 如果运行的时间超过了设定,时间循环终止
loop.close()
