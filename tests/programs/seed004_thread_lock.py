# From seed 004.

import time, threading

global_score = 100

lock = threading.Lock()


def update_score(score):
    for i in range(200000):
        lock.acquire() # 获取“锁”
        global global_score
        global_score = global_score + score
        global_score = global_score - score
        lock.release() # 释放“锁”

threads = []
for i in range(10):
    thread = threading.Thread(target=update_score, args=(i * 10,)) # 创建10个线程对象,每个线程负责执行各自的回调函数update_score
    threads.append(thread)

for i in threads:
    i.start() # 将线程全部启动,但10个线程不会同时执行,每个线程获取到锁,在对全局变量操作结束后释放锁,中间不会切换线程,这个过程是原子性的。

for i in threads:
    i.join()

print("global_score值:", global_score)
