# From seed 000: three callbacks chained with loop.call_later until end_time.
# Adapted: the original draws random.randint(0, 1) unseeded, so CPython's own
# output changes from run to run; a fixed seed makes it comparable.
import asyncio
import random
import time
random.seed(1)

def function_1(end_time, loop):
    print ("function_1 called")
    time.sleep(random.randint(0, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, function_2, end_time, loop)
    else:
        loop.stop()
def function_2(end_time, loop):
    print ("function_2 called ")
    time.sleep(random.randint(0, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, function_3, end_time, loop)
    else:
        loop.stop()

def function_3(end_time, loop):
    print ("function_3 called")
    time.sleep(random.randint(0, 1))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, function_1, end_time, loop)
    else:
        loop.stop()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
end_loop = loop.time() + 9
loop.call_soon(function_1, end_loop, loop)
loop.run_forever()
loop.close()
