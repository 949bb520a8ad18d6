# Configuration read the way scripts read it: os.getenv with defaults (the
# environment is empty on the virtual machine), and os.path's string helpers.
import asyncio
import os
import os.path
from os.path import basename, join, splitext

API_URL = os.getenv("LOOPLAB_TEST_API_URL_UNSET", "http://localhost:8080")
WORKERS = int(os.getenv("LOOPLAB_TEST_WORKERS_UNSET", "3"))


async def download(name):
    await asyncio.sleep(0.1)
    path = join("downloads", name)
    stem, ext = splitext(path)
    return path, basename(path), stem, ext


async def main():
    print(API_URL, WORKERS, os.getenv("LOOPLAB_TEST_UNSET"), os.cpu_count())
    for r in await asyncio.gather(*(download(n) for n in ["a.txt", "b.tar.gz", ".hidden"])):
        print(r)


asyncio.run(main())
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.dirname("/x/y.py"), os.path.split("/a/b"))
print(os.path.isabs("/a"), os.path.exists("/looplab/no/such/file"), os.path.normpath("a//b/../c"), os.path.normpath("/../x"), os.sep)
