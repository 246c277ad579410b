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

``redis`` (redis-py) is imported only when a store is created: ``pip install 'fivetran-ext[redis]'``.
"""

from __future__ import annotations

from collections.abc import Sequence
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


class RedisRateStore:
    """A `RateStore` on Redis, shared by every process that uses the same ``url`` and ``namespace``.

    Args:
        url: A Redis URL, e.g. ``"redis://localhost:6379/0"``; or pass ``client``.
        client: A ready ``redis.Redis`` client (its own timeouts apply).
        namespace: Keeps separate budgets apart on one Redis: use one namespace per Fivetran account.
        timeout: Seconds for connecting and for each command (default 0.5): a Redis that does not answer
            quickly makes the governor fall back to per-process limits rather than hold requests up.

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
        namespace: str = "fivetran-ext",
        timeout: float = 0.5,
    ) -> None:
        import redis  # the optional extra: imported only by who asks for a shared store

        if (url is None) == (client is None):
            raise ValueError("pass exactly one of url and client")
        if not namespace or "{" in namespace or "}" in namespace:
            raise ValueError(f"namespace must be non-empty, without braces; got {namespace!r}")
        self.namespace = namespace
        self._redis = (
            client
            if client is not None
            else redis.Redis.from_url(
                str(url), socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
            )
        )
        self._reserve = self._redis.register_script(_RESERVE)
        self._calibrate = self._redis.register_script(_CALIBRATE)
        self._pause = self._redis.register_script(_PAUSE)
        self._swap_run = self._redis.register_script(_SWAP_RUN)
        #: What a failing call raises: the governor falls back to local limits on these.
        self.errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)

    def __repr__(self) -> str:
        # The URL may carry a password: never shown.
        return f"RedisRateStore(namespace={self.namespace!r})"

    def _key(self, *parts: str) -> str:
        return ":".join(("{" + self.namespace + "}", *parts))

    def reserve(self, windows: Sequence[Window], max_wait: float) -> float:
        keys = [self._key("pause")]
        args: list[int | str] = [_us(max(max_wait, 0.0)), ""]
        for window in windows:
            keys += [self._key("window", window.key), self._key("others", window.key)]
            args += [window.limit, window.headroom, _us(window.seconds), _us(window.margin)]
        admitted, micros = self._reserve(keys=keys, args=args)
        wait = int(micros) / 1_000_000
        if not int(admitted):
            raise too_long(wait, max_wait)
        return wait

    def calibrate(self, window: Window, remaining: int) -> None:
        keys = [self._key("window", window.key), self._key("others", window.key)]
        self._calibrate(keys=keys, args=[window.limit, remaining, _us(window.seconds), _us(window.margin)])

    def pause(self, seconds: float) -> None:
        self._pause(keys=[self._key("pause")], args=[_us(seconds)])

    def get_run(self, connection_id: str) -> str | None:
        """The sync run claimed for ``connection_id`` (JSON), or None (see ``start_sync(coordinator=...)``)."""
        value = self._redis.get(self._key("run", connection_id))
        return _text(value) or None

    def swap_run(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        """Compare-and-set the claimed run of ``connection_id``; returns the claim in force afterwards."""
        args: list[str | int] = [new or "", expected or "", max(1, round(ttl * 1000))]
        return _text(self._swap_run(keys=[self._key("run", connection_id)], args=args)) or None

    def clear(self) -> None:
        """Forget every window, share and pause of this namespace (for tests and benchmarks)."""
        for key in self._redis.scan_iter(match=self._key("*")):
            self._redis.delete(key)
