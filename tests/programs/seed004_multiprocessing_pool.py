# From seed 004.
# -*- coding: UTF-8 -*-

from multiprocessing import Pool
import time


def proc(num):
    print("当前进程编号:{0} 开始执行".format(num))
    time.sleep(5)
    print("当前进程编号:{0} 执行结束".format(num))


if __name__ == "__main__":
    pool = Pool(3) # 创建一个进程池对象,并且进程池中同时运行的进程个数为3个
    print("创建5个进程")
    for i in range(5):
        process_num = "{0}".format(i)
        pool.apply_async(proc, args=(process_num,)) # 用于创建进程
    pool.close()# 表示不能再有新的进程加入pool
