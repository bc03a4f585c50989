"""The whole-call deadline of async calls under asyncio: one timer per client and loop, set for the
earliest deadline, that cancels only what is due and takes back only its own cancellations."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import pytest

import nimserver
from tests.fakenim import FakeNim

# Loop callbacks run late on a busy machine; a scope is only asked to expire after its deadline and
# well before this much later.
LATE = 0.4


def idle_client() -> nimserver.AsyncNimClient:
    return nimserver.AsyncNimClient("test-key", "test-secret", base_url="http://127.0.0.1:9/nimserver")


def live_scopes(client: nimserver.AsyncNimClient) -> int:
    deadlines = client._asyncio_deadlines
    return 0 if deadlines is None else len(deadlines.live)


@pytest.mark.parametrize("seed", range(4))
def test_every_scope_expires_at_its_own_deadline_in_any_order(seed: int) -> None:
    """Scopes entered in a random order with random deadlines: the timer is set earlier, kept, and set
    again for the rest; each work longer than its deadline is cut there, each shorter one is not.

    Work and deadline lie at least 0.2 s apart: a loop stalled longer than that (by a busy machine or a
    full garbage collection) runs both timers in one turn, and the cut wins."""
    shuffled = random.Random(seed)
    plans = []
    for _ in range(24):
        deadline = shuffled.uniform(0.2, 0.8)
        work = deadline + shuffled.choice([-1, 1]) * shuffled.uniform(0.2, 0.35)
        plans.append((shuffled.uniform(0.0, 0.2), deadline, max(work, 0.0)))

    async def one(client: nimserver.AsyncNimClient, start: float, deadline: float, work: float) -> Any:
        await asyncio.sleep(start)
        entered = time.monotonic()
        try:
            with client._cancelled_after(deadline):
                await asyncio.sleep(work)
        except TimeoutError:
            task = asyncio.current_task()
            assert task is not None and task.cancelling() == 0
            await asyncio.sleep(0)  # the task goes on: its cancellation was taken back
            return time.monotonic() - entered
        return None

    async def main() -> None:
        client = idle_client()
        outcomes = await asyncio.gather(*(one(client, *plan) for plan in plans))
        for (_, deadline, work), cut_after in zip(plans, outcomes, strict=True):
            if work < deadline:
                assert cut_after is None, (deadline, work)
            else:
                assert cut_after is not None, (deadline, work)
                assert deadline - 0.01 <= cut_after < deadline + LATE, (deadline, work)
        assert live_scopes(client) == 0
        await client.aclose()

    asyncio.run(main())


def test_a_cancellation_from_outside_goes_on_as_cancelled_error() -> None:
    async def main() -> None:
        client = idle_client()

        async def waits() -> None:
            with client._cancelled_after(5):
                await asyncio.sleep(5)

        task = asyncio.create_task(waits())
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert live_scopes(client) == 0
        await client.aclose()

    asyncio.run(main())


def test_an_enclosing_shorter_timeout_is_the_one_that_expires() -> None:
    async def main() -> None:
        client = idle_client()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1) as outer:
                with client._cancelled_after(5):
                    await asyncio.sleep(5)
        assert outer.expired()
        assert live_scopes(client) == 0
        await client.aclose()

    asyncio.run(main())


def test_an_enclosing_longer_timeout_is_left_running() -> None:
    async def main() -> None:
        client = idle_client()
        async with asyncio.timeout(5) as outer:
            with pytest.raises(TimeoutError):
                with client._cancelled_after(0.1):
                    await asyncio.sleep(5)
            await asyncio.sleep(0.01)  # still inside the outer timeout, not cancelled
        assert not outer.expired()
        await client.aclose()

    asyncio.run(main())


def test_a_scope_entered_while_the_task_is_being_cancelled_still_expires_as_a_timeout() -> None:
    """A call made in cleanup after a cancellation (the task's count already raised): the deadline's own
    cancellation is told apart from the earlier one."""

    async def main() -> None:
        client = idle_client()
        entered = asyncio.Event()
        outcome: list[str] = []

        async def cleans_up() -> None:
            try:
                entered.set()
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                try:
                    with client._cancelled_after(0.1):
                        await asyncio.sleep(5)
                except TimeoutError:
                    outcome.append("timeout")
                raise

        task = asyncio.create_task(cleans_up())
        await entered.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert outcome == ["timeout"]
        await client.aclose()

    asyncio.run(main())


def test_a_client_keeps_deadlines_on_each_loop_it_runs_on(fake_nim: FakeNim) -> None:
    client = nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake_nim.base_url, timeout=0.5)

    async def dripping_call() -> None:
        fake_nim.reply_dripping_head(0.2)
        with pytest.raises(nimserver.TimeoutError, match=r"timeout of 0\.5 s"):
            await client.user.get_uinfos(accids=["a"])

    for _ in range(2):  # two loops, one after the other
        started = time.monotonic()
        asyncio.run(dripping_call())
        assert time.monotonic() - started < 0.5 + 0.1 + LATE + 0.5
        assert live_scopes(client) == 0


def test_concurrent_calls_with_other_deadlines_end_each_at_its_own(fake_nim: FakeNim) -> None:
    """A long deadline set the timer first; a shorter one set it earlier; the answer that comes in time
    is untouched by either."""

    async def main() -> dict[str, Any]:
        async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
            await client.user.get_uinfos(accids=["a"])  # the table exists before the clones copy it
            started = time.monotonic()

            async def timed(name: str, timeout: float) -> tuple[str, Any, float]:
                try:
                    result = await client.with_options(timeout=timeout).user.get_uinfos(accids=["a"])
                except nimserver.TimeoutError as error:
                    result = error
                return name, result, time.monotonic() - started

            fake_nim.reply_dripping_head(0.2)
            long = asyncio.create_task(timed("long", 1.4))
            await asyncio.sleep(0.1)
            fake_nim.reply_dripping_head(0.2)
            short = asyncio.create_task(timed("short", 0.5))
            await asyncio.sleep(0.1)
            fake_nim.reply_late(0.3)
            answered = asyncio.create_task(timed("answered", 5))
            outcomes = {name: (result, after) for name, result, after in await asyncio.gather(long, short, answered)}
            assert live_scopes(client) == 0
            return outcomes

    outcomes = asyncio.run(main())
    short_error, short_after = outcomes["short"]
    long_error, long_after = outcomes["long"]
    answer, _ = outcomes["answered"]
    assert isinstance(short_error, nimserver.TimeoutError) and "timeout of 0.5 s" in str(short_error)
    assert isinstance(long_error, nimserver.TimeoutError) and "timeout of 1.4 s" in str(long_error)
    assert 0.1 + 0.5 <= short_after < 0.1 + 0.5 + 0.1 + LATE
    assert 1.4 <= long_after < 1.4 + 0.1 + LATE
    assert answer["code"] == 200
