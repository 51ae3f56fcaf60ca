"""Word segmentation behind one interface.

Backends:

* ``jieba`` (default): jieba's dictionary and HMM through ``rjieba``, the Rust implementation of
  jieba (same dictionary, same algorithm, several times faster than the pure-Python package).
* ``pkuseg``: ``spacy-pkuseg`` with a model the user supplies (``segmenter.model-path``); no model
  is downloaded, ever.

Either way the medical lexicon shipped in ``dictionaries/jargon/`` keeps terms whole: words the
backend cuts from a term are merged back (:class:`Units`). A segmenter is built once per process
and per settings and then shared.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import NamedTuple

from medlint.model import MedlintError


class Token(NamedTuple):
    word: str
    start: int
    end: int
    pos: str


class Segmenter:
    """``cut`` is the fast path (words only, concatenating to the text); ``tag`` adds POS tags
    and costs several times more, so rules ask for tags only around a candidate."""

    name = "base"

    def cut(self, text: str) -> list[str]:  # pragma: no cover - interface
        raise NotImplementedError

    def tag(self, text: str) -> list[Token]:  # pragma: no cover - interface
        raise NotImplementedError


def _with_offsets(pairs, text: str) -> list[Token]:
    pairs = list(pairs)
    if sum(len(word) for word, _ in pairs) == len(text):  # the usual case: words spell the text
        tokens = []
        pos = 0
        for word, tag in pairs:
            end = pos + len(word)
            tokens.append(Token(word, pos, end, tag))
            pos = end
        return tokens
    tokens = []
    pos = 0
    for word, tag in pairs:
        start = text.find(word, pos) if not text.startswith(word, pos) else pos
        if start < 0:  # a backend that rewrote the text: fall back to the running position
            start = pos
        end = start + len(word)
        tokens.append(Token(word, start, end, tag))
        pos = end
    return tokens


def _extra_words():
    from medlint import resources

    return resources.segmenter_words()


# --- the medical lexicon: terms the backend's dictionary lacks are merged after cutting ---------
MAX_UNIT_PIECES = 6
MAX_UNIT_CHARS = 10


class Units:
    """Medical terms a backend cuts into pieces (冠状动脉造影 -> 冠状动脉 / 造影), kept whole.

    A run of words is merged when it starts with the first word of some term and spells a term
    exactly; the longest such run wins. Merging after cutting keeps the segmenter's start-up
    cost flat (tens of thousands of ``add_word`` calls would cost more than all merging), and
    a term is never glued to a word it does not end on (冠状动脉 / 造影剂 stays as it is).
    """

    def __init__(self, terms: frozenset[str] = frozenset(),
                 firsts: frozenset[str] = frozenset()) -> None:
        self.terms = terms
        self.firsts = firsts

    def _run_end(self, words, i: int) -> int:
        """Index after the longest run ``words[i:j]`` that spells a term, or ``i``."""
        joined = words[i]
        best = i
        for j in range(i + 1, min(len(words), i + MAX_UNIT_PIECES)):
            joined += words[j]
            if len(joined) > MAX_UNIT_CHARS:
                break
            if joined in self.terms:
                best = j + 1
        return best

    def merge(self, words: list[str]) -> list[str]:
        if not self.terms:
            return words
        firsts = self.firsts
        # Only words that can open a term start a run; most words cannot, so find those first
        # (one C-speed pass) and copy the stretches between them whole.
        openers = [i for i, word in enumerate(words) if word in firsts]
        if not openers:
            return words
        out: list[str] = []
        done = 0
        for i in openers:
            if i < done:
                continue
            end = self._run_end(words, i)
            if end > i:
                out.extend(words[done:i])
                out.append("".join(words[i:end]))
                done = end
        if not out:
            return words
        out.extend(words[done:])
        return out

    def merge_tokens(self, tokens: list[Token]) -> list[Token]:
        if not self.terms:
            return tokens
        words = [t.word for t in tokens]
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            end = self._run_end(words, i) if words[i] in self.firsts else i
            if end > i:
                out.append(Token("".join(words[i:end]), tokens[i].start, tokens[end - 1].end, "nz"))
                i = end
            else:
                out.append(tokens[i])
                i += 1
        return out


def _lexicon_units() -> Units:
    from medlint import resources

    return Units(*resources.segmenter_units())


def _lexicon_terms() -> frozenset[str]:
    """Every professional and lay-known term (for backends with a user dictionary)."""
    from medlint import resources

    return (resources.segmenter_units()[0] | resources.jargon_terms("professional")
            | resources.jargon_terms("lay-known"))


def _jieba_class():
    """rjieba's ``Jieba`` class, without running ``rjieba/__init__.py``.

    That file builds a module-level default instance (another full dictionary load) that
    medlint never uses; loading the compiled module alone halves the cost.
    """
    import importlib.machinery
    import importlib.util
    import sys

    module = sys.modules.get("rjieba.rjieba")
    if module is None:
        try:
            spec = importlib.util.find_spec("rjieba")
            folder = spec.submodule_search_locations[0]
            binary = next(p for p in os.listdir(folder)
                          if p.startswith("rjieba.") and p.endswith((".so", ".pyd")))
            loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba",
                                                             os.path.join(folder, binary))
            module = importlib.util.module_from_spec(
                importlib.util.spec_from_loader("rjieba.rjieba", loader))
            loader.exec_module(module)
            sys.modules["rjieba.rjieba"] = module
        except Exception:  # a layout we do not know: the ordinary import
            import rjieba

            return rjieba.Jieba
    return module.Jieba


class JiebaSegmenter(Segmenter):
    name = "jieba"

    def __init__(self, words=(), units: Units | None = None) -> None:
        self._jieba = _jieba_class()()
        self._lock = threading.Lock()
        self._units = units or Units()
        for word, freq, pos in words:
            self._jieba.add_word(word, freq, pos)

    def cut(self, text: str) -> list[str]:
        with self._lock:
            words = self._jieba.cut(text)
        return self._units.merge(words)

    def tag(self, text: str) -> list[Token]:
        with self._lock:
            pairs = self._jieba.tag(text)
        return self._units.merge_tokens(_with_offsets(pairs, text))


class PkusegSegmenter(Segmenter):
    name = "pkuseg"

    def __init__(self, model_path: str, words=(), terms: frozenset[str] = frozenset()) -> None:
        """``terms``: the medical lexicon, given to spacy-pkuseg as its user dictionary (its own
        way of keeping words whole; it costs about a second at start-up for the whole lexicon)."""
        try:
            import spacy_pkuseg
        except ImportError:
            raise MedlintError("segmenter backend 'pkuseg' needs spacy-pkuseg "
                               "(pip install 'medlint[pkuseg]')") from None
        # A bare name ("medicine") would make spacy-pkuseg download that model: only folders.
        if not os.path.isdir(model_path):
            raise MedlintError(f"cannot load pkuseg model from '{model_path}': no such folder "
                               "(give the folder of a spacy-pkuseg model; nothing is downloaded)")
        user_dict = sorted({word for word, _, _ in words} | terms) or "default"
        try:
            self._seg = spacy_pkuseg.pkuseg(model_name=model_path, user_dict=user_dict)
        except Exception as exc:  # the library raises bare Exceptions for bad models
            raise MedlintError(f"cannot load pkuseg model from '{model_path}': {exc}") from None
        self._lock = threading.Lock()

    def cut(self, text: str) -> list[str]:
        return [token.word for token in self.tag(text)]

    def tag(self, text: str) -> list[Token]:
        with self._lock:
            words = self._seg.cut(text)
        return _with_offsets(((w, "x") for w in words), text)


@lru_cache(maxsize=8)
def get_segmenter(backend: str = "jieba", model_path: str | None = None,
                  extra_words: tuple[tuple[str, int, str], ...] = ()) -> Segmenter:
    words = list(_extra_words()) + list(extra_words)
    if backend == "jieba":
        return JiebaSegmenter(words, _lexicon_units())
    if backend == "pkuseg":
        if not model_path:
            raise MedlintError("segmenter backend 'pkuseg' needs segmenter.model-path "
                               "(a spacy-pkuseg model folder; nothing is downloaded)")
        return PkusegSegmenter(model_path, words, _lexicon_terms())
    raise MedlintError(f"unknown segmenter backend '{backend}' (choose jieba or pkuseg)")
