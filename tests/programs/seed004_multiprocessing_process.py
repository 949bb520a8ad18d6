# From seed 004 (adapted: the child process runs as a thread, since the
# reference harness simulates threads but not processes, and process ids,
# which differ per run, are printed as names).
# -*- coding: UTF-8 -*-

import time
from threading import Thread as Process, current_thread


def new_process(para):
    time.sleep(10)
    print("子进程ID:{0}".format(current_thread().name))
    print("主进程传递来的参数:{0}".format(para))


if __name__ == "__main__":
    print("父进程ID是:{0}".format(current_thread().name))
    process = Process(target=new_process, args=("主进程参数",))
    process.start()# 启动进程
    process.join()# 等待子进程执行完毕,再执行主进程
    print("主进程执行完毕!")
