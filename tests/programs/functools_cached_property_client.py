# A client whose expensive settings are computed once, with
# functools.cached_property, and shared by every task that uses it.
import asyncio
from functools import cached_property


class ApiClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.loads = 0

    @cached_property
    def config(self):
        """Settings read once, on first use."""
        self.loads += 1
        print(f"  loading config for {self.base_url}")
        return {"timeout": 0.2, "retries": 2}

    @cached_property
    def session_id(self):
        return f"session-{len(self.base_url)}"

    async def get(self, path):
        await asyncio.sleep(self.config["timeout"])
        return f"{self.base_url}{path} via {self.session_id}"


class TracingClient(ApiClient):
    @cached_property
    def config(self):
        base = super().config
        return {**base, "trace": True}


async def main():
    client = ApiClient("https://api.example.com")
    print("before:", vars(client))
    pages = await asyncio.gather(*(client.get(f"/items/{i}") for i in range(3)))
    for page in pages:
        print(page)
    print("loads:", client.loads)
    print("after:", sorted(vars(client)))

    del client.config
    print("config" in vars(client))
    print(client.config["retries"], "loads:", client.loads)
    client.config = {"timeout": 0.5}
    print("overridden:", client.config)

    print(type(ApiClient.config).__name__, ApiClient.config.attrname)
    print(ApiClient.config.__doc__)
    print(ApiClient.config.func.__name__)

    tracing = TracingClient("https://t.example.com")
    print(await tracing.get("/health"))
    print(tracing.config)

    try:
        del tracing.session_id
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
