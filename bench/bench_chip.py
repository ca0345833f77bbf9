"""The chip read: BAC, EF.COM, DG1, DG2, DG13, EF.SOD and passive authentication on an
emulated card through the real pcscd and vpcd driver, per step, against the same APDUs
replayed to a card that answers them from a recording (no crypto on either side, no parsing).

The ratio is what the protocol's cryptography and parsing add on top of the PC/SC round
trips. The emulated link's round trip (~45 ms per APDU here) is not a real reader's; the
figure that carries over is the difference, not the total. Needs root, pcscd and the
vsmartcard packages (scripts/system-deps.sh); without them the bench says so and returns.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cryptography import x509

from bench.harness import Row, timed
from kiosk.chip import pcsc, sod
from kiosk.chip.reader import read_chip
from tests.helpers import chip_card, pcsc_stack

BENCH = "chip"
REPEAT = 3


class _Recorder:
    """A transport that keeps every exchange, the step it belongs to and the reader's random
    bytes (so the same read can run again against the recording, byte for byte)."""

    def __init__(self, inner: pcsc.PcscTransport) -> None:
        self.inner = inner
        self.exchanges: list[tuple[bytes, bytes]] = []
        self.steps: list[tuple[str, int]] = []  # step name, exchanges done when it ended
        self.randoms: list[bytes] = []

    def random(self, size: int) -> bytes:
        value = os.urandom(size)
        self.randoms.append(value)
        return value

    def transmit(self, command: bytes) -> bytes:
        answer = self.inner.transmit(command)
        self.exchanges.append((command, answer))
        return answer

    def mark(self, step: str, _elapsed: float) -> None:
        self.steps.append((step, len(self.exchanges)))


def _full_reads(
    stack: pcsc_stack.PcscStack, card: Path, csca: list[x509.Certificate]
) -> tuple[list[dict[str, float]], _Recorder]:
    runs: list[dict[str, float]] = []
    recorder: _Recorder | None = None
    with stack.card(card):
        for _ in range(REPEAT + 1):
            with pcsc.connect(stack.reader) as transport:
                if recorder is None:  # the first read is recorded (and warms up)
                    recorder = _Recorder(transport)
                    read = read_chip(
                        recorder,
                        chip_card.bac_key(),
                        csca,
                        random=recorder.random,
                        on_step=recorder.mark,
                    )
                else:
                    read = read_chip(transport, chip_card.bac_key(), csca)
                    runs.append({k: v * 1000 for k, v in read.timings.items()})
                assert read.authentication.code == "verified"
    assert recorder is not None
    return runs, recorder


def _replays(
    stack: pcsc_stack.PcscStack, card: Path, recorder: _Recorder
) -> list[dict[str, float]]:
    runs: list[dict[str, float]] = []
    with stack.card(card):
        for _ in range(REPEAT):
            with pcsc.connect(stack.reader) as transport:
                timings: dict[str, float] = {}
                done = 0
                for step, until in recorder.steps:
                    start = time.perf_counter()
                    for command, answer in recorder.exchanges[done:until]:
                        if transport.transmit(command) != answer:
                            raise RuntimeError("the replay card answered differently")
                    timings[step] = (time.perf_counter() - start) * 1000
                    done = until
                runs.append(timings)
    return runs


class _Recording:
    """The recorded card in memory: the protocol's own cost, without any link."""

    def __init__(self, exchanges: list[tuple[bytes, bytes]]) -> None:
        self._answers = iter(exchanges)

    def transmit(self, command: bytes) -> bytes:
        expected, answer = next(self._answers)
        if command != expected:
            raise RuntimeError("the read did not repeat itself")
        return answer


def _in_memory(recorder: _Recorder, csca: list[x509.Certificate]) -> None:
    randoms = iter(recorder.randoms)
    read = read_chip(
        _Recording(recorder.exchanges),
        chip_card.bac_key(),
        csca,
        random=lambda _size: next(randoms),
    )
    assert read.authentication.code == "verified"


def run() -> list[Row]:
    reason = pcsc_stack.missing()
    if reason is not None:
        print(f"bench chip: skipped: {reason}", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory(prefix="bench-chip-") as tmp:
        work = Path(tmp)
        stack = pcsc_stack.start(work)
        try:
            pki = chip_card.make_pki()
            image = chip_card.build_card(pki)
            csca = sod.load_csca(pki.write_csca(work / "csca"))
            full, recorder = _full_reads(stack, image.write(work / "card.json"), csca)
            replay_card = chip_card.CardImage({}, replay=tuple(recorder.exchanges))
            replayed = _replays(stack, replay_card.write(work / "replay.json"), recorder)
        finally:
            stack.stop()
    rows: list[Row] = []
    counts = dict(recorder.steps)
    previous = 0
    for step, _ in recorder.steps:
        ours = statistics.median(r[step] for r in full)
        base = statistics.median(r[step] for r in replayed)
        apdus = counts[step] - previous
        previous = counts[step]
        if apdus:
            rows.append(
                Row(BENCH, f"{step} ({apdus} APDUs)", ours, "ms", base, "replay: no crypto")
            )
        else:  # work on the PC only: nothing to replay
            rows.append(Row(BENCH, step, ours, "ms", None, "no APDU"))
    total = statistics.median(sum(r.values()) for r in full)
    base_total = statistics.median(sum(r.values()) for r in replayed)
    name = f"full read ({len(recorder.exchanges)} APDUs)"
    rows.append(Row(BENCH, name, total, "ms", base_total, f"median of {REPEAT}"))
    cpu = timed(lambda: _in_memory(recorder, csca), repeat=REPEAT)
    rows.append(Row(BENCH, "same read, recorded card in memory", cpu, "ms", None, "no link"))
    return rows
