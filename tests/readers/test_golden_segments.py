"""Golden segments: each reader's segments for a sample file, with their source map.

``golden/<sample>.segments.json`` holds, per segment, its kind, block, display text and runs
(``[segment start, segment end, source start, source end]``). After a deliberate reader change,
review the new output and rewrite the files with
``python tests/readers/test_golden_segments.py --update``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from docx_fixtures import rich_document  # noqa: E402

from medlint.readers import read_document  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = ["sample.md", "sample.html", "sample.srt", "sample.vtt", "sample.docx"]


def sample_bytes(name: str) -> bytes:
    if name == "sample.docx":
        return rich_document()
    return (GOLDEN / name).read_bytes()


def dump(name: str) -> list[dict]:
    document = read_document(name, sample_bytes(name))
    out = []
    for segment in document.segments:
        entry = {"kind": segment.kind, "block": segment.block, "display": segment.display,
                 "runs": [list(run) for run in segment.runs]}
        if segment.blocks:
            entry["blocks"] = [list(b) for b in segment.blocks]
        out.append(entry)
    return out


@pytest.mark.parametrize("name", SAMPLES)
def test_segments_match_the_golden_file(name):
    expected = json.loads((GOLDEN / f"{name}.segments.json").read_text(encoding="utf-8"))
    assert dump(name) == expected


@pytest.mark.parametrize("name", [n for n in SAMPLES if n != "sample.docx"])
def test_golden_runs_copy_their_source_exactly(name):
    """Runs of equal length are copies of the source: their text is the source's text."""
    source = read_document(name, sample_bytes(name)).source
    for entry in dump(name):
        for seg_start, seg_end, src_start, src_end in entry["runs"]:
            if seg_end - seg_start == src_end - src_start:
                piece = entry["display"][seg_start:seg_end]
                assert piece == source[src_start:src_end] or piece.isspace(), (name, piece)


if __name__ == "__main__" and "--update" in sys.argv:
    for sample in SAMPLES:
        path = GOLDEN / f"{sample}.segments.json"
        path.write_text(json.dumps(dump(sample), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
        print(f"wrote {path}")
