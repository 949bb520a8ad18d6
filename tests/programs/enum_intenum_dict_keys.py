# IntEnum and StrEnum members are interchangeable with their values as dict
# keys and set members (equal, and hashed the same).
from enum import IntEnum, StrEnum


class HttpStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404


class Method(StrEnum):
    GET = "GET"
    POST = "POST"


messages = {200: "fine", 404: "gone"}
print(messages[HttpStatus.OK], messages.get(HttpStatus.NOT_FOUND))
counts = {HttpStatus.OK: 0}
for code in [200, 200, 404]:
    counts[code] = counts.get(code, 0) + 1
print(counts)
routes = {"GET": "list", Method.POST: "create"}
print(routes[Method.GET], routes["POST"], Method.GET in {"GET", "PUT"}, 404 in {HttpStatus.NOT_FOUND})
print({HttpStatus.NOT_FOUND, HttpStatus.OK, 200}, hash(HttpStatus.OK) == hash(200), hash(Method.GET) == hash("GET"))
print(HttpStatus(200) is HttpStatus.OK, [s for s in HttpStatus if s >= 300], HttpStatus.OK in [200])
