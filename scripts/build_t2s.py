"""Build dictionaries/common/t2s.txt: Traditional -> Simplified, single characters only.

Source: OpenCC's character table (Apache-2.0), through the `opencc` package on PyPI.
Only one-to-one character mappings are kept, so normalised text keeps its length and every
character still maps back to its place in the original file.

    pip install opencc && python scripts/build_t2s.py
"""

from __future__ import annotations

from pathlib import Path

import opencc

RANGES = [(0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)]


def main() -> None:
    converter = opencc.OpenCC("t2s")
    pairs = []
    for low, high in RANGES:
        for code in range(low, high):
            char = chr(code)
            simple = converter.convert(char)
            if simple != char and len(simple) == 1:
                pairs.append(f"{char}\t{simple}")
    out = Path(__file__).resolve().parents[1] / "dictionaries" / "common" / "t2s.tsv"
    header = "# Traditional -> Simplified, one character each; source: OpenCC (Apache-2.0)\n"
    out.write_text(header + "\n".join(pairs) + "\n", encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {out}")


if __name__ == "__main__":
    main()
