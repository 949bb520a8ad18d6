# From seed 004.
# -*- coding: UTF-8 -*-
import threading
import time

def get_data_from_db():
    print("当前线程名称:{0}".format(threading.current_thread().name))
    for i in range(5):
        time.sleep(1) # 表示“睡眠”一秒

    print("{0} 线程执行完毕!".format(threading.current_thread().name))


if __name__ == "__main__":# 用于对当前模块进行测试。如果是直接执行当前模块,则判断为True;如果该模块被导入其他模块中,则判断为False.
    print("{0} 线程开始运行".format(threading.current_thread().name))
    thread = threading.Thread(target=get_data_from_db, name="新线程")#threading.Thread()创建了一个线程实例
    thread.start()# 表示启动创建的新线程
    thread.join()# 是一个阻塞式方法,表示在当前位置等待新线程结束,之后在在主线程继续执行
    print("{0} 线程执行完毕!".format(threading.current_thread().name))
