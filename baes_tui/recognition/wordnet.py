"""WordNet for the normalizer: provisioning (offline-capable) and lazy, thread-safe loading.

NLTK reads corpora only from its data path and rejects symlinks leading out of it, so
provisioning copies files into `<sys.prefix>/nltk_data` (a path NLTK searches by default).
Order: an existing NLTK WordNet; `nltk.download` where a network answers; else Debian's
`wordnet-base` files plus a `lexnames` file written here (Debian does not ship it).

`index.sense` is written empty: NLTK reads it at load (2.4 s, 220 MB) but lemmatization never
uses sense keys, and with it empty the lemmas are the same (0.9 s, 106 MB).
"""

from __future__ import annotations

import shutil
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path

DEBIAN_WORDNET = Path("/usr/share/wordnet")
DEFAULT_TARGET = Path(sys.prefix) / "nltk_data"
REQUIRED_FILES = (
    "data.noun",
    "data.verb",
    "data.adj",
    "data.adv",
    "index.noun",
    "index.verb",
    "index.adj",
    "index.adv",
    "noun.exc",
    "verb.exc",
    "adj.exc",
    "adv.exc",
)

# The 45 lexicographer files of WordNet 3.0 (lexnames(5WN)): number, name, syntactic category.
LEXNAMES = """\
adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location
noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process
noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body
verb.change verb.cognition verb.communication verb.competition verb.consumption verb.contact
verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social
verb.stative verb.weather adj.ppl""".split()
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}


class WordNetMissing(RuntimeError):
    """WordNet data is not installed where NLTK can read it."""


def lexnames_text() -> str:
    lines = [f"{i:02d}\t{name}\t{_CATEGORY[name.split('.')[0]]}" for i, name in enumerate(LEXNAMES)]
    return "\n".join(lines) + "\n"


def corpus_dir(target: Path = DEFAULT_TARGET) -> Path:
    return target / "corpora" / "wordnet"


def is_provisioned(target: Path = DEFAULT_TARGET) -> bool:
    folder = corpus_dir(target)
    names = (*REQUIRED_FILES, "lexnames", "index.sense")
    return all((folder / name).is_file() for name in names)


def provision_from_debian(target: Path, source: Path = DEBIAN_WORDNET) -> Path:
    """Copy Debian's WordNet 3.0 files into an NLTK data dir (atomically: temp dir, rename)."""
    missing = [name for name in REQUIRED_FILES if not (source / name).is_file()]
    if missing:
        raise WordNetMissing(
            f"{source} lacks {', '.join(missing)}; install Debian's wordnet-base package"
        )
    final = corpus_dir(target)
    staging = final.with_name("wordnet.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in REQUIRED_FILES:
        shutil.copyfile(source / name, staging / name)
    (staging / "lexnames").write_text(lexnames_text(), encoding="utf-8")
    (staging / "index.sense").write_text("", encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    return final


def _try_nltk_download(target: Path, timeout_s: float = 5.0) -> bool:
    """Where NLTK's server answers, take its WordNet; here it usually does not."""
    import socket

    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout_s)
    try:
        import nltk

        ok = bool(nltk.download("wordnet", download_dir=str(target), quiet=True))
        zipped = target / "corpora" / "wordnet.zip"
        if ok and zipped.is_file() and not corpus_dir(target).is_dir():
            import zipfile

            with zipfile.ZipFile(zipped) as archive:
                archive.extractall(target / "corpora")
        return ok and corpus_dir(target).is_dir()
    except Exception:
        return False
    finally:
        socket.setdefaulttimeout(previous)


def provision(target: Path = DEFAULT_TARGET, *, online: bool = True) -> str:
    """Make WordNet available to NLTK under `target`; say where it came from."""
    if is_provisioned(target):
        return f"already provisioned in {corpus_dir(target)}"
    if online and _try_nltk_download(target):
        folder = corpus_dir(target)
        if not (folder / "lexnames").is_file():
            (folder / "lexnames").write_text(lexnames_text(), encoding="utf-8")
        (folder / "index.sense").write_text("", encoding="utf-8")
        return f"downloaded by nltk into {folder}"
    folder = provision_from_debian(target)
    return f"copied from {DEBIAN_WORDNET} into {folder}"


def _fast_reader_class() -> type:
    """NLTK's WordNetCorpusReader, reading its index and adjective files with Python's own
    buffered text IO.

    The stock reader parses 180,000 index lines through NLTK's seekable stream at ~10 µs a
    line, most of the ~0.9 s load. Parsing is the same as NLTK 3.10's (same fields, same maps,
    satellites included), so `_morphy` and therefore every lemma is the same; a test compares
    both readers word by word.
    """
    from nltk.corpus.reader.wordnet import ADJ, ADJ_SAT, WordNetCorpusReader, WordNetError

    class FastIndexWordNetReader(WordNetCorpusReader):
        def _path(self, fileid: str) -> str:
            return str(self.abspath(fileid).path)

        def _scan_satellites(self) -> None:
            satellites: set[int] = set()
            with open(self._path("data.adj"), encoding="utf-8") as fp:
                for line in fp:
                    if line.startswith(" "):
                        continue
                    fields = line.split(None, 3)
                    if len(fields) >= 3 and fields[2] == "s":
                        satellites.add(int(fields[0]))
            self.satellite_offsets = satellites

        def _load_lemma_pos_offset_map(self) -> None:
            by_lemma = self._lemma_pos_offset_map
            for suffix in self._FILEMAP.values():
                fileid = f"index.{suffix}"
                with open(self._path(fileid), encoding="utf-8") as fp:
                    for number, line in enumerate(fp, 1):
                        if line.startswith(" "):
                            continue
                        fields = line.split()
                        try:
                            lemma, pos, n_synsets = fields[0], fields[1], int(fields[2])
                            skip = 4 + int(fields[3])
                            if n_synsets <= 0 or int(fields[skip]) != n_synsets:
                                raise ValueError("synset and sense counts disagree")
                            offsets = [int(f) for f in fields[skip + 2 : skip + 2 + n_synsets]]
                            if len(offsets) != n_synsets:
                                raise ValueError("line ends before its synset offsets")
                        except (IndexError, ValueError) as exc:
                            raise WordNetError(f"file {fileid}, line {number}: {exc}") from exc
                        by_lemma[lemma][pos] = offsets
                        if pos == ADJ:
                            sats = self.satellite_offsets
                            by_lemma[lemma][ADJ_SAT] = [o for o in offsets if o in sats]

    return FastIndexWordNetReader


def _lemmatizer_over(reader: object) -> object:
    """NLTK's WordNetLemmatizer (its `lemmatize` rule: the shortest of `_morphy`'s lemmas),
    over a reader instance instead of the global `nltk.corpus.wordnet`."""
    from nltk.stem import WordNetLemmatizer

    class ReaderLemmatizer(WordNetLemmatizer):
        def _morphy(self, form: str, pos: str, check_exceptions: bool = True) -> list[str]:
            return reader._morphy(form, pos, check_exceptions)  # type: ignore[attr-defined]

    return ReaderLemmatizer()


class LazyLemmatizer:
    """Loads NLTK's WordNetLemmatizer once, on first use or in a background thread.

    Thread-safe: the first caller loads, others wait. If the data is missing the failure is
    remembered (`error`) so callers fall back without retrying the load on every request.
    """

    def __init__(self, extra_paths: tuple[Path, ...] = (DEFAULT_TARGET,)) -> None:
        self._extra_paths = extra_paths
        self._lock = threading.Lock()
        self._lemmatize: Callable[[str, str], str] | None = None
        self.error: str | None = None
        self.ready = threading.Event()

    def _load(self) -> None:
        try:
            import nltk

            for path in self._extra_paths:
                if str(path) not in nltk.data.path:
                    nltk.data.path.append(str(path))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "multilingual functions are not available"
                root = nltk.data.find("corpora/wordnet")
                lemmatizer = _lemmatizer_over(_fast_reader_class()(root, None))
                lemmatizer.lemmatize("students", pos="n")
            self._lemmatize = lemmatizer.lemmatize
        except LookupError:
            self.error = "WordNet data not found; run `make install` (or `baes doctor`)"
        except Exception as exc:  # a corrupt corpus must not break recognition
            self.error = f"WordNet failed to load: {exc}"
        finally:
            self.ready.set()

    def load(self) -> bool:
        """Load now (blocking) unless already done; True when WordNet is usable."""
        if not self.ready.is_set():
            with self._lock:
                if not self.ready.is_set():
                    self._load()
        return self._lemmatize is not None

    def load_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self._load_all, name="wordnet-loader", daemon=True)
        thread.start()
        return thread

    def _load_all(self) -> None:
        """The lemmatizer, then WordNet's noun index the confidence reads (nouns.py), so
        neither is read on the first recognition."""
        self.load()
        from baes_tui.recognition.nouns import noun_index

        noun_index()

    def lemmatize(self, word: str, pos: str) -> str:
        if self._lemmatize is None and not self.load():
            raise WordNetMissing(self.error or "WordNet unavailable")
        assert self._lemmatize is not None
        return self._lemmatize(word, pos)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DEFAULT_TARGET
    try:
        print(provision(target, online="--offline" not in args))
    except WordNetMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
