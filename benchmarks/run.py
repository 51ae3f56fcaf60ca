"""medlint benchmark: throughput, cold start, parallel speed-up and a naive baseline.

    python benchmarks/run.py                 # 1 MB, 10 MB and 100 MB
    python benchmarks/run.py --sizes 1,10    # quicker
    python benchmarks/run.py --json out.json # also write the figures as JSON

Prints figures; asserts nothing (targets are in docs/performance.md). Run it from an installed
medlint (``pip install .[test]``); it needs ``jieba`` for the baseline.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_drafts, write_corpus  # noqa: E402

MB = 1_000_000


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / MB


def bench_check_text(texts: list[str]) -> tuple[float, int]:
    """Seconds to check every text in one process (warm: matchers built beforehand)."""
    import medlint

    config = medlint.Config()
    findings = 0
    start = time.perf_counter()
    for index, text in enumerate(texts):
        findings += len(medlint.check_text(text, path=f"d{index}.md", config=config))
    return time.perf_counter() - start, findings


def bench_stages(texts: list[str]) -> dict[str, float]:
    """Seconds per stage of ``check_text`` over ``texts``: reading, word segmentation, the
    shared pre-filters, each rule family, and the rest (hits to findings, suppressions,
    metrics). Each stage runs on analyses prepared by the stages before it, so the figures add
    up to about the total (a family's first rule also pays for analyses it shares with the
    family: the privacy scan, the jargon analysis)."""
    import medlint
    from medlint.analysis import DocumentContext
    from medlint.checks.base import triggered_rules
    from medlint.checks.packs import pack_matches
    from medlint.readers import read_document

    config = medlint.Config()
    settings = config.settings_for("d.md")
    stages: dict[str, float] = {}
    start = time.perf_counter()
    documents = [read_document(f"d{i}.md", text, "markdown") for i, text in enumerate(texts)]
    stages["read (Markdown)"] = time.perf_counter() - start
    contexts = [DocumentContext(document, settings) for document in documents]
    start = time.perf_counter()
    for doc in contexts:
        for ctx in doc.segments:
            ctx.words  # noqa: B018 - segmentation, cached on the context
    stages["word segmentation"] = time.perf_counter() - start
    start = time.perf_counter()
    for doc in contexts:
        for ctx in doc.segments:
            triggered_rules(ctx)
            pack_matches(ctx)
    stages["shared pre-filters (triggers, pack terms)"] = time.perf_counter() - start
    families = {"EF": "efficacy rules", "AD": "advertising rules", "PI": "privacy rules",
                "JG": "jargon rules"}
    for rule, _, options in settings.active:
        start = time.perf_counter()
        for doc in contexts:
            for _ in rule.check_document(doc, options):
                pass
        key = families[rule.code[:2]]
        stages[key] = stages.get(key, 0.0) + time.perf_counter() - start
    total, _ = bench_check_text(texts)
    stages["findings, suppressions, metrics"] = max(0.0, total - sum(stages.values()))
    stages["total (check_text)"] = total
    return stages


def pack_words() -> list[str]:
    """Every term of the rule packs and of the advertising and efficacy word lists: what a
    keyword checker searches for (privacy cue lists and the jargon lexicon are left out)."""
    from medlint import resources
    from medlint.checks.base import registry

    words: set[str] = set()
    for rule in registry().values():
        words.update(getattr(rule, "terms", ()) or ())
    for family in ("advertising", "efficacy"):
        for entry in resources.dictionaries_dir().joinpath(family).iterdir():
            if entry.name.endswith(".txt"):
                for line in resources.word_list(f"{family}/{entry.name}"):
                    words.add(line.split()[0])
    return sorted(w for w in words if len(w) > 1 or "\u4e00" <= w <= "\u9fff")


def bench_baseline(texts: list[str], words: list[str]) -> tuple[float, int]:
    """The naive checker: jieba segmentation, then a loop of str.find over every pack word."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    hits = 0
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
        for word in words:
            pos = text.find(word)
            while pos != -1:
                hits += 1
                pos = text.find(word, pos + 1)
    return time.perf_counter() - start, hits


# Peak RSS is read from /proc/self/status (VmHWM) inside the child: the rusage of a forked child
# also counts the pages of the (large) benchmark process it was forked from.
_CHILD = """
import sys
from medlint.cli import main
try:
    code = main(sys.argv[1:])
finally:
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                sys.stderr.write('VMHWM ' + line.split()[1] + '\\n')
    except OSError:
        pass
sys.exit(code)
"""


def run_cli(args: list[str], cwd: Path | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS (MB) and exit code of one ``medlint`` process."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, *args], cwd=cwd,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    peak = 0.0
    for line in proc.stderr.splitlines():
        if line.startswith("VMHWM "):
            peak = int(line.split()[1]) / 1024
    return wall, peak, proc.returncode


def bench_cold_start(workdir: Path, repeats: int = 5) -> dict[str, float]:
    draft = workdir / "small.md"
    text = make_drafts(2000, draft_bytes=2000, seed=3)[0]
    draft.write_text(text.encode("utf-8")[:2000].decode("utf-8", "ignore"), encoding="utf-8")
    run_cli(["check", "--no-config", str(draft)])  # page cache, .pyc files
    walls, rss = [], []
    for _ in range(repeats):
        wall, peak, _ = run_cli(["check", "--no-config", str(draft)])
        walls.append(wall)
        rss.append(peak)
    version_wall = min(run_cli(["--version"])[0] for _ in range(3))
    return {"cold_check_wall_s": min(walls), "cold_check_wall_median_s": sorted(walls)[len(walls) // 2],
            "cold_check_peak_rss_mb": max(rss), "version_wall_s": version_wall,
            "draft_bytes": draft.stat().st_size}


def bench_jobs(folder: Path, total_mb: float, jobs: int) -> float:
    wall, _, _ = run_cli(["check", "--no-config", "--format", "json", "--jobs", str(jobs),
                          str(folder)])
    return total_mb / wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (default 1,10,100)")
    parser.add_argument("--jobs-mb", type=float, default=10, help="size of the --jobs directory run")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s]

    import medlint

    results: dict[str, object] = {
        "medlint": medlint.__version__, "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
    }
    print(f"medlint {medlint.__version__} on Python {results['python']}, {results['machine']}")

    medlint.check_text("预热：本品可根治糖尿病。患者张三，电话13912345678。", path="warm.md")
    words = pack_words()

    print("\n== where the time goes (check_text, smallest size, many files) ==")
    # First, in a fresh process: the large runs below leave a heap that slows what follows.
    stage_texts = make_drafts(int(min(sizes) * MB))
    stage_mb = _mb(stage_texts)
    stages = bench_stages(stage_texts)
    total = stages["total (check_text)"]
    for name, seconds in stages.items():
        results[f"stage_{name.split(' (')[0].replace(' ', '_').replace(',', '')}_s"] = round(seconds, 3)
        print(f"{name:>42} {seconds:7.2f} s {100 * seconds / total:5.1f}%"
              f" {stage_mb / seconds if seconds else float('inf'):8.2f} MB/s")

    per_mb: dict[str, dict[float, float]] = {"many files": {}, "one big file": {}}
    print("\n== check_text, all rules, one process ==")
    print(f"{'corpus':>14} {'MB':>8} {'seconds':>9} {'MB/s':>7} {'findings':>9}")
    for size in sizes:
        for shape, draft_bytes in (("many files", 6000), ("one big file", None)):
            texts = make_drafts(int(size * MB))
            if draft_bytes is None:
                texts = ["\n\n".join(texts)]
            mb = _mb(texts)
            gc.collect()
            seconds, found = bench_check_text(texts)
            rate = mb / seconds
            results[f"check_text_{size:g}MB_{shape.replace(' ', '_')}_mb_s"] = round(rate, 3)
            per_mb[shape][size] = seconds / mb
            del texts
            print(f"{shape:>14} {mb:8.1f} {seconds:9.2f} {rate:7.2f} {found:9d}")
    if len(sizes) > 1:
        # A short run is at the mercy of the host's speed of the moment: the smallest size is
        # measured twice more, after the largest, and its median time per MB is compared.
        smallest = min(sizes)
        for shape, draft_bytes in (("many files", 6000), ("one big file", None)):
            texts = make_drafts(int(smallest * MB))
            if draft_bytes is None:
                texts = ["\n\n".join(texts)]
            mb = _mb(texts)
            again = [bench_check_text(texts)[0] / mb for _ in range(2)]
            runs = sorted([per_mb[shape][smallest], *again])
            print(f"{shape:>14} {mb:8.1f} again: {', '.join(f'{1 / t:.2f}' for t in again)}"
                  f" MB/s; median {1 / runs[1]:.2f} MB/s")
            per_mb[shape][smallest] = runs[1]
        for shape, key in (("many files", "linearity_ratio"),
                           ("one big file", "linearity_ratio_one_file")):
            smallest, largest = min(per_mb[shape]), max(per_mb[shape])
            ratio = per_mb[shape][largest] / per_mb[shape][smallest]
            results[key] = round(ratio, 3)
            print(f"{shape}: time per MB at {largest:g} MB / at {smallest:g} MB: {ratio:.2f}"
                  " (1.0 = linear)")

    if not args.skip_baseline:
        print("\n== naive baseline (jieba + str.find over every pack word), same texts ==")
        texts = make_drafts(int(min(sizes) * MB))
        mb = _mb(texts)
        base_s, _ = bench_baseline(texts, words)
        ours_s, _ = bench_check_text(texts)
        results["baseline_mb_s"] = round(mb / base_s, 3)
        results["medlint_vs_baseline"] = round(base_s / ours_s, 2)
        print(f"{len(words)} pack words; baseline {mb / base_s:.2f} MB/s, medlint {mb / ours_s:.2f} MB/s:"
              f" medlint is {base_s / ours_s:.1f}x the baseline's speed")

    with tempfile.TemporaryDirectory(prefix="medlint-bench-") as tmp:
        workdir = Path(tmp)
        print("\n== cold `medlint check` of one 2 KB draft (pre-commit case) ==")
        cold = bench_cold_start(workdir)
        results.update({k: round(v, 3) for k, v in cold.items()})
        print(f"wall {cold['cold_check_wall_s']:.3f} s (median {cold['cold_check_wall_median_s']:.3f} s),"
              f" peak RSS {cold['cold_check_peak_rss_mb']:.0f} MB; `medlint --version` "
              f"{cold['version_wall_s']:.3f} s")

        print(f"\n== `medlint check --jobs N` on a folder of {args.jobs_mb:g} MB of drafts ==")
        folder = workdir / "drafts"
        paths = write_corpus(folder, int(args.jobs_mb * MB))
        total_mb = sum(p.stat().st_size for p in paths) / MB
        rates = {}
        for jobs in (1, 2):
            rates[jobs] = bench_jobs(folder, total_mb, jobs)
            results[f"jobs_{jobs}_mb_s"] = round(rates[jobs], 3)
            print(f"--jobs {jobs}: {rates[jobs]:.2f} MB/s over {len(paths)} files")
        results["jobs_speedup"] = round(rates[2] / rates[1], 2)
        print(f"speed-up with 2 jobs: {rates[2] / rates[1]:.2f}x")

    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
