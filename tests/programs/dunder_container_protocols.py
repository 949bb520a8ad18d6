# A container class: __len__, __getitem__ (with slices), __setitem__,
# __delitem__, __contains__, __iter__, __bool__ through __len__.


class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, song):
        self._songs[index] = song

    def __delitem__(self, index):
        del self._songs[index]

    def __contains__(self, song):
        print("  (contains", repr(song) + ")")
        return song.lower() in [s.lower() for s in self._songs]

    def __iter__(self):
        return iter(self._songs)

    def __repr__(self):
        return f"Playlist{tuple(self._songs)!r}"


p = Playlist("Intro", "Song A", "Song B", "Outro")
print(len(p), p[0], p[-1], p[1:3], p[::-1])
p[0] = "Overture"
del p[-1]
print(p, "song a" in p, "Song C" not in p)
for song in p:
    print("playing", song)
print(list(p), sorted(p), [s.upper() for s in p], dict(enumerate(p)))
first, *rest = p
print(first, rest)
print(bool(p), bool(Playlist()), "empty" if not Playlist() else "full")
print(min(p), max(p, key=len), any(s.startswith("S") for s in p))
print(list(zip(p, range(10))), list(map(lambda s: s.lower(), p)))


class Countdown:
    """Only __getitem__: iteration falls back to indexes 0, 1, 2…"""

    def __init__(self, start):
        self.start = start

    def __getitem__(self, i):
        if i >= self.start:
            raise IndexError(i)
        return self.start - i


print(list(Countdown(3)), 2 in Countdown(3), 7 in Countdown(3))
for n in Countdown(2):
    print("tick", n)


class Squares:
    """An iterator class: __iter__ returns self, __next__ raises StopIteration."""

    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n * self.n


print(list(Squares(4)), sum(Squares(3)), 9 in Squares(5))
it = Squares(2)
print(next(it), next(it), next(it, "done"))
print([x for x in Squares(3) if x > 1], {x % 3 for x in Squares(5)})
a, b, c = Squares(3)
print(a, b, c)


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
for bad in [Sized(-1), Sized("3"), Sized(2.5)]:
    try:
        len(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


print(bool(Truth(True)), not Truth(False), Truth(False) or "fallback", Truth(True) and "and")
try:
    bool(Truth(1))
except TypeError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(e)


class Settings:
    """A mapping: keys() and __getitem__ are enough for ** and dict()."""

    def __init__(self):
        self._d = {"host": "localhost", "port": 8080}

    def keys(self):
        return self._d.keys()

    def __getitem__(self, k):
        print("  get", k)
        return self._d[k]


def connect(host, port):
    return f"{host}:{port}"


s = Settings()
print({**s}, dict(s), connect(**s), {**s, "port": 1})
try:
    {**Truth(True)}
except TypeError as e:
    print(e)
print(len(Playlist("x")[5:]))
for x in Sized(1):
    pass
