"""Rule-independent checks of a reader's source map: where does a word of the prose come from?"""

from __future__ import annotations

from medlint.document import Document


def occurrences(document: Document, word: str) -> list[tuple[str, int, int, int, int, str]]:
    """Every occurrence of ``word`` in the checked text of ``document`` as
    ``(display text, line, column, end line, end column, source[offset:end_offset])``,
    located exactly as the engine locates a finding."""
    found = []
    for segment in document.segments:
        at = segment.text.find(word)
        while at != -1:
            offset, end_offset = segment.source_span(at, at + len(word))
            start = document.lines.locate(offset)
            end = document.lines.locate(end_offset)
            found.append((segment.display[at:at + len(word)], start.line, start.column,
                          end.line, end.column, document.source[offset:end_offset]))
            at = segment.text.find(word, at + 1)
    return found
