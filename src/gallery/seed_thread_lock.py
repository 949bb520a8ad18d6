# -*- coding: UTF-8 -*-
import time, threading

global_score = 100
lock = threading.Lock()


def update_score(score):
    for i in range(200000):
        lock.acquire()  # 获取“锁”
        global global_score
        global_score = global_score + score
        global_score = global_score - score
        lock.release()  # 释放“锁”


threads = []
for i in range(10):
    thread = threading.Thread(target=update_score, args=(i * 10,))  # 创建10个线程对象
    threads.append(thread)
for i in threads:
    i.start()  # 将线程全部启动
for i in threads:
    i.join()
print("global_score值:", global_score)
