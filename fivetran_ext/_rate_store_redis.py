"""`RedisRateStore`: one rate budget for every process that uses the same Fivetran account.

Fivetran's limits belong to the account, not to a process: Airflow workers, Celery workers and CLI calls on
one API key spend one budget. Give each process's `RateLimitGovernor` a ``RedisRateStore`` on the same
Redis and namespace and they admit requests from one rolling window per bucket.

How it stays correct under concurrency (the shape of redis-py's ``register_script`` and the ``limits``
library's moving window):

* each step (reserve, calibrate, pause) is one Lua script, so check-and-record is atomic;
* time is Redis's ``TIME``, not each host's clock, so skewed hosts agree on the window;
* all keys share one hash tag (``{namespace}``), so a Redis Cluster keeps them on one slot;
* a refused reservation writes nothing; replies are integers (microseconds).

Sync and async workers share the store: `Fivetran` talks to Redis with redis-py's blocking client,
`AsyncFivetran` with ``redis.asyncio`` (one connection pool per event loop), through the same scripts and
keys, so both spend one budget and see one set of run claims. An event loop never waits on a Redis round
trip: a slow Redis holds up only the request that waits for its admission.

``redis`` (redis-py) is imported only when a store is created: ``pip install 'fivetran-ext[redis]'``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from ._rate_store import Window, too_long

__all__ = ["RedisRateStore"]

# Every script reads the server's clock first. Redis >= 5 replicates scripts by their effects (needed for a
# script that writes after reading TIME); the call is a no-op where that is already the only mode.
_NOW = """
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS: pause key, then per window: its sorted set of admission times, its "others" counter.
# ARGV: max_wait (us), sequence key, then per window: limit, headroom, seconds, margin (us-scaled floats).
# Reply: {admitted (1/0), wait in microseconds}.
_RESERVE = (
    _NOW
    + """
local max_wait = tonumber(ARGV[1]) / 1000000
local at = now
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > at then at = paused end
local n = (#KEYS - 1) / 2
for i = 1, n do
  local key, others_key = KEYS[2 * i], KEYS[2 * i + 1]
  local limit = tonumber(ARGV[4 * i - 1])
  local headroom = tonumber(ARGV[4 * i])
  local seconds = tonumber(ARGV[4 * i + 1]) / 1000000
  local margin = tonumber(ARGV[4 * i + 2]) / 1000000
  -- Expired sends are kept one more window: calibration still counts the ones the server may count.
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - 2 * seconds)
  local expired = redis.call('ZCOUNT', key, '-inf', now - seconds)
  local count = redis.call('ZCARD', key) - expired
  local capacity = limit - headroom - tonumber(redis.call('GET', others_key) or '0')
  if capacity < 1 then
    local last = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
    local previous = now
    if #last > 0 then previous = tonumber(last[2]) end
    at = math.max(at, previous + seconds / limit)
  elseif count >= capacity then
    local index = expired + count - capacity
    local slot = redis.call('ZRANGE', key, index, index, 'WITHSCORES')
    at = math.max(at, tonumber(slot[2]) + seconds + margin)
  end
end
for i = 1, n do
  local last = redis.call('ZRANGE', KEYS[2 * i], -1, -1, 'WITHSCORES')
  if #last > 0 and tonumber(last[2]) > at then at = tonumber(last[2]) end
end
local wait = at - now
if wait > max_wait then return {0, math.ceil(wait * 1000000)} end
local member = string.format('%.6f', at) .. ':' .. redis.call('INCR', KEYS[1] .. ':seq')
for i = 1, n do
  local seconds = tonumber(ARGV[4 * i + 1]) / 1000000
  redis.call('ZADD', KEYS[2 * i], at, member)
  redis.call('PEXPIREAT', KEYS[2 * i], math.ceil((at + 2 * seconds) * 1000) + 1000)
end
return {1, math.floor(wait * 1000000)}
"""
)

# KEYS: the window's sorted set, its "others" counter. ARGV: limit, remaining, seconds (us), slack (us).
_CALIBRATE = (
    _NOW
    + """
local seconds = tonumber(ARGV[3]) / 1000000
local slack = tonumber(ARGV[4]) / 1000000
local ours = redis.call('ZCOUNT', KEYS[1], '(' .. (now - seconds - slack), now)
local others = math.max(0, tonumber(ARGV[1]) - tonumber(ARGV[2]) - ours)
redis.call('SET', KEYS[2], others, 'PX', math.ceil(seconds * 1000))
return others
"""
)

# KEYS: pause key. ARGV: seconds (us). Keeps the later of the current and the new pause.
_PAUSE = (
    _NOW
    + """
local seconds = tonumber(ARGV[1]) / 1000000
local until_ = now + seconds
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > current then
  redis.call('SET', KEYS[1], string.format('%.6f', until_), 'PX', math.ceil(seconds * 1000) + 1000)
end
return math.floor(seconds * 1000000)
"""
)


# KEYS: the claim. ARGV: new value ("" deletes), expected value ("" for none), ttl (ms). Compare-and-set.
_SWAP_RUN = """
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[2] then return current end
if ARGV[1] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3]) end
return ARGV[1]
"""


def _text(value: object) -> str:
    # redis-py answers bytes unless the client was built with decode_responses=True.
    if isinstance(value, bytes):
        return value.decode()
    return value if isinstance(value, str) else ""


def _us(seconds: float) -> int:
    return round(seconds * 1_000_000)


class _Scripts:
    """The four scripts registered on one client (sync ``redis.Redis`` or ``redis.asyncio.Redis``)."""

    __slots__ = ("calibrate", "client", "pause", "reserve", "swap_run")

    def __init__(self, client: Any) -> None:
        self.client = client
        self.reserve = client.register_script(_RESERVE)
        self.calibrate = client.register_script(_CALIBRATE)
        self.pause = client.register_script(_PAUSE)
        self.swap_run = client.register_script(_SWAP_RUN)


class RedisRateStore:
    """A `RateStore` on Redis, shared by every process that uses the same ``url`` and ``namespace``.

    One store serves `Fivetran` and `AsyncFivetran` alike: the async client's requests reach Redis through
    ``redis.asyncio`` (a pool per event loop, made on first use), never a blocking call on the loop.

    Args:
        url: A Redis URL, e.g. ``"redis://localhost:6379/0"``; or pass ``client``.
        client: A ready ``redis.Redis`` client (its own timeouts apply).
        async_client: With ``client``: a ready ``redis.asyncio.Redis`` on the same server for async callers
            (one event loop only, its own timeouts apply). Without it, a store built from ``client`` serves
            async callers from a worker thread.
        namespace: Keeps separate budgets apart on one Redis: use one namespace per Fivetran account.
        timeout: Seconds for connecting and for each command (default 0.5): a Redis that does not answer
            quickly makes the governor fall back to per-process limits rather than hold requests up. An
            async call ends after at most twice this (connecting plus the command), retries included.

    Raises:
        ImportError: redis-py is not installed (``pip install 'fivetran-ext[redis]'``).

    Example:
        store = RedisRateStore("redis://localhost:6379/0", namespace="acme-prod")
        client = Fivetran.from_env(rate_limit=RateLimitGovernor(store=store))
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        async_client: Any = None,
        namespace: str = "fivetran-ext",
        timeout: float = 0.5,
    ) -> None:
        import redis  # the optional extra: imported only by who asks for a shared store

        if (url is None) == (client is None):
            raise ValueError("pass exactly one of url and client")
        if async_client is not None and client is None:
            raise ValueError("async_client goes with client (a url serves both)")
        if not namespace or "{" in namespace or "}" in namespace:
            raise ValueError(f"namespace must be non-empty, without braces; got {namespace!r}")
        self.namespace = namespace
        self._url = url  # may carry a password: kept for the async pools, never shown
        self._timeout = timeout
        self._scripts = _Scripts(client if client is not None else redis.Redis.from_url(str(url), **self._options()))
        self._given_async = None if async_client is None else _Scripts(async_client)
        # One redis.asyncio pool per event loop: its connections belong to the loop that opened them. Not a
        # WeakKeyDictionary: a pool's connections hold their loop, so its key would never be freed. The pool
        # of a loop that has closed is dropped at the next lookup (`_loop_scripts`).
        self._pools: dict[asyncio.AbstractEventLoop, _Scripts] = {}
        self._pools_lock = threading.Lock()
        #: What a failing call raises: the governor falls back to local limits on these. A bounded async
        #: call that ran out of time raises the builtin ``TimeoutError``, an ``OSError``.
        self.errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)

    def __repr__(self) -> str:
        # The URL may carry a password: never shown.
        return f"RedisRateStore(namespace={self.namespace!r})"

    def _options(self) -> dict[str, Any]:
        timeout = self._timeout
        return {"socket_timeout": timeout, "socket_connect_timeout": timeout, "health_check_interval": 30}

    def _key(self, *parts: str) -> str:
        return ":".join(("{" + self.namespace + "}", *parts))

    # What each step sends and how its reply reads: one place for the key layout, shared by both paths.

    def _reserve_call(self, windows: Sequence[Window], max_wait: float) -> tuple[list[str], list[int | str]]:
        keys = [self._key("pause")]
        args: list[int | str] = [_us(max(max_wait, 0.0)), ""]
        for window in windows:
            keys += [self._key("window", window.key), self._key("others", window.key)]
            args += [window.limit, window.headroom, _us(window.seconds), _us(window.margin)]
        return keys, args

    @staticmethod
    def _reserved(reply: Sequence[Any], max_wait: float) -> float:
        admitted, micros = reply
        wait = int(micros) / 1_000_000
        if not int(admitted):
            raise too_long(wait, max_wait)
        return wait

    def _calibrate_call(self, window: Window, remaining: int) -> tuple[list[str], list[int | str]]:
        keys = [self._key("window", window.key), self._key("others", window.key)]
        return keys, [window.limit, remaining, _us(window.seconds), _us(window.margin)]

    def _swap_call(
        self, connection_id: str, new: str | None, expected: str | None, ttl: float
    ) -> tuple[list[str], list[int | str]]:
        return [self._key("run", connection_id)], [new or "", expected or "", max(1, round(ttl * 1000))]

    # The blocking path (`Fivetran`, threads).

    def reserve(self, windows: Sequence[Window], max_wait: float) -> float:
        keys, args = self._reserve_call(windows, max_wait)
        return self._reserved(self._scripts.reserve(keys=keys, args=args), max_wait)

    def calibrate(self, window: Window, remaining: int) -> None:
        keys, args = self._calibrate_call(window, remaining)
        self._scripts.calibrate(keys=keys, args=args)

    def pause(self, seconds: float) -> None:
        self._scripts.pause(keys=[self._key("pause")], args=[_us(seconds)])

    def get_run(self, connection_id: str) -> str | None:
        """The sync run claimed for ``connection_id`` (JSON), or None (see ``start_sync(coordinator=...)``)."""
        return _text(self._scripts.client.get(self._key("run", connection_id))) or None

    def swap_run(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        """Compare-and-set the claimed run of ``connection_id``; returns the claim in force afterwards."""
        keys, args = self._swap_call(connection_id, new, expected, ttl)
        return _text(self._scripts.swap_run(keys=keys, args=args)) or None

    # The event-loop path (`AsyncFivetran`): the same calls, awaited.

    async def reserve_async(self, windows: Sequence[Window], max_wait: float) -> float:
        """`reserve` without blocking the event loop."""
        keys, args = self._reserve_call(windows, max_wait)
        return self._reserved(await self._await(lambda s: s.reserve(keys=keys, args=args)), max_wait)

    async def calibrate_async(self, window: Window, remaining: int) -> None:
        """`calibrate` without blocking the event loop."""
        keys, args = self._calibrate_call(window, remaining)
        await self._await(lambda s: s.calibrate(keys=keys, args=args))

    async def pause_async(self, seconds: float) -> None:
        """`pause` without blocking the event loop."""
        await self._await(lambda s: s.pause(keys=[self._key("pause")], args=[_us(seconds)]))

    async def get_run_async(self, connection_id: str) -> str | None:
        """`get_run` without blocking the event loop."""
        key = self._key("run", connection_id)
        return _text(await self._await(lambda s: s.client.get(key))) or None

    async def swap_run_async(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        """`swap_run` without blocking the event loop."""
        keys, args = self._swap_call(connection_id, new, expected, ttl)
        return _text(await self._await(lambda s: s.swap_run(keys=keys, args=args))) or None

    async def _await(self, step: Callable[[_Scripts], Any]) -> Any:
        """Run ``step`` on this event loop's async scripts, within the store's bound.

        ``step`` only names the script call; on the blocking scripts it returns the reply, on the async ones
        an awaitable of it. That keeps one description of every call for both paths.
        """
        scripts = self._loop_scripts()
        if scripts is None:
            # No asyncio loop (trio), or only a blocking client given: that client, on a worker thread.
            import anyio.to_thread

            return await anyio.to_thread.run_sync(step, self._scripts)
        reply: Awaitable[Any] = step(scripts)
        if self._url is None:
            return await reply  # the caller's own client: its own timeouts
        # redis-py retries a timed-out command (with backoff): the bound keeps the whole call within
        # connecting plus one command, so a Redis that does not answer costs a request at most that.
        async with asyncio.timeout(2 * self._timeout):
            return await reply

    def _loop_scripts(self) -> _Scripts | None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        if self._url is None:
            return self._given_async
        with self._pools_lock:
            scripts = self._pools.get(loop)
            if scripts is None:
                import redis.asyncio

                # A process running `asyncio.run` per task would otherwise keep every finished loop, its
                # pool and its open Redis connections: the sockets of a dropped pool close when it is freed.
                for closed in [each for each in self._pools if each.is_closed()]:
                    del self._pools[closed]
                scripts = _Scripts(redis.asyncio.Redis.from_url(self._url, **self._options()))
                self._pools[loop] = scripts
            return scripts

    async def aclose(self) -> None:
        """Close the connections this store opened for the running event loop (the store stays usable)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        with self._pools_lock:
            scripts = self._pools.pop(loop, None) if self._url is not None else None
        if scripts is not None:
            await scripts.client.aclose()

    def clear(self) -> None:
        """Forget every window, share, pause and claim of this namespace (for tests and benchmarks)."""
        client = self._scripts.client
        for key in client.scan_iter(match=self._key("*")):
            client.delete(key)
