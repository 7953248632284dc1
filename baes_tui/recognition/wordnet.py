"""WordNet for the normalizer: provisioning (offline-capable) and lazy, thread-safe loading.

NLTK reads corpora only from its data path and rejects symlinks leading out of it, so
provisioning copies files into `<sys.prefix>/nltk_data` (a path NLTK searches by default).
Order: an existing NLTK WordNet; `nltk.download` where a network answers; else Debian's
`wordnet-base` files plus a `lexnames` file written here (Debian does not ship it).

`index.sense` is written empty: NLTK reads it at load (2.4 s, 220 MB) but lemmatization never
uses sense keys, and with it empty the lemmas are the same (0.9 s, 106 MB).

Loading costs about a second, so a lemmatizer given a lemma memory (recognition/lemmas.py)
answers the words WordNet lemmatized before from it and loads WordNet only for a word it has
not seen: `locate_wordnet` finds the corpus the way NLTK would, without importing NLTK.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

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


class LemmaStore(Protocol):
    """What the lemmatizer needs of a lemma memory (recognition/lemmas.py)."""

    def get(self, word: str, pos: str) -> str | None: ...

    def learn(self, word: str, pos: str, lemma: str) -> None: ...


def install_command() -> str:
    """The exact command that provisions WordNet for this installation of baes."""
    return f"{sys.executable} -m baes_tui.recognition.wordnet"


def nltk_search_path(extra_paths: tuple[Path, ...] = ()) -> list[Path]:
    """Where NLTK looks for data, in its order (nltk/data.py), then `extra_paths`.

    Once NLTK is imported its own (possibly edited) `nltk.data.path` is the truth; before, the
    same list is rebuilt here, so finding WordNet does not cost NLTK's 0.3 s import.
    """
    nltk_data = sys.modules.get("nltk.data")
    if nltk_data is not None:
        found = [Path(p) for p in getattr(nltk_data, "path", [])]
    else:
        found = [Path(os.path.expanduser(d)) for d in os.environ.get("NLTK_DATA", "").split(
            os.pathsep) if d]  # fmt: skip
        if "APPENGINE_RUNTIME" not in os.environ and os.path.expanduser("~/") != "~/":
            found.append(Path(os.path.expanduser("~/nltk_data")))
        if sys.platform.startswith("win"):
            # NLTK's Windows folders are its own business: a miss here is not conclusive,
            # callers then ask NLTK itself (LazyLemmatizer.usable loads).
            return found + [p for p in extra_paths if p not in found]
        prefix = Path(sys.prefix)
        found += [
            prefix / "nltk_data",
            prefix / "share" / "nltk_data",
            prefix / "lib" / "nltk_data",
        ]
        found += [Path(p) for p in ("/usr/share/nltk_data", "/usr/local/share/nltk_data",
                                    "/usr/lib/nltk_data", "/usr/local/lib/nltk_data")]  # fmt: skip
    return found + [p for p in extra_paths if p not in found]


def locate_wordnet(extra_paths: tuple[Path, ...] = ()) -> Path | None:
    """The WordNet corpus NLTK would load (a folder, or NLTK's zip), or None if there is none.

    Like NLTK, the first one found is the one: a half-copied folder is found (and then fails
    to load, which is reported), not skipped for another.
    """
    for root in nltk_search_path(extra_paths):
        folder = root / "corpora" / "wordnet"
        if folder.is_dir():
            return folder
        zipped = root / "corpora" / "wordnet.zip"
        if zipped.is_file():
            return zipped
    return None


def _nltk_version() -> str:
    try:
        spec = importlib.util.find_spec("nltk")
    except (ImportError, ValueError):
        return "absent"
    if spec is None or spec.origin is None:
        return "absent"
    try:
        return (Path(spec.origin).parent / "VERSION").read_text(encoding="utf-8").strip()
    except OSError:
        return "unknown"


def wordnet_fingerprint(location: Path) -> str:
    """Names the lemma function a corpus gives: NLTK's version (its `_morphy` rules) and the
    sizes of the files the lemmas come from. Lemmas remembered under another fingerprint are
    not trusted."""
    if location.is_file():
        sizes = str(location.stat().st_size)
    else:
        sizes = ",".join(str((location / name).stat().st_size) for name in REQUIRED_FILES)
    return f"nltk {_nltk_version()}; wordnet {sizes}"


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
    import shutil

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


def _reader_for(root: object) -> object:
    """The fast reader for a corpus folder; NLTK's own for a zipped corpus (as the NLTK
    downloader may leave it), which the fast reader cannot open as plain files."""
    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.data import FileSystemPathPointer

    if isinstance(root, FileSystemPathPointer):
        return _fast_reader_class()(root, None)
    return WordNetCorpusReader(root, None)


def _lemmatizer_over(reader: object) -> object:
    """NLTK's WordNetLemmatizer (its `lemmatize` rule: the shortest of `_morphy`'s lemmas),
    over a reader instance instead of the global `nltk.corpus.wordnet`."""
    from nltk.stem import WordNetLemmatizer

    class ReaderLemmatizer(WordNetLemmatizer):
        def _morphy(self, form: str, pos: str, check_exceptions: bool = True) -> list[str]:
            return reader._morphy(form, pos, check_exceptions)  # type: ignore[attr-defined]

    return ReaderLemmatizer()


# One loaded WordNet per corpus and process: every Workspace of a process (the TUI's, a test
# suite's many) shares it instead of loading its own second and 100 MB.
_LOADED: dict[str, Callable[[str, str], str]] = {}
_LOADED_LOCK = threading.Lock()


def _shared_lemmatize(root: object) -> Callable[[str, str], str]:
    key = str(getattr(root, "path", root))
    with _LOADED_LOCK:
        if key not in _LOADED:
            lemmatizer = _lemmatizer_over(_reader_for(root))
            lemmatizer.lemmatize("students", pos="n")  # type: ignore[attr-defined]
            _LOADED[key] = lemmatizer.lemmatize  # type: ignore[attr-defined]
        return _LOADED[key]


class LazyLemmatizer:
    """Loads NLTK's WordNetLemmatizer once, on first use or in a background thread.

    Thread-safe: the first caller loads, others wait. If the data is missing the failure is
    remembered (`error`) so callers fall back without retrying the load on every request.

    With a `memory` (recognition/lemmas.py), `lemmatize` answers a word WordNet lemmatized
    before from it, and what WordNet answers is remembered: a warm lookup never loads WordNet,
    a new word always does, so the lemmas are WordNet's either way.
    """

    def __init__(
        self, extra_paths: tuple[Path, ...] = (DEFAULT_TARGET,), memory: LemmaStore | None = None
    ) -> None:
        self._extra_paths = extra_paths
        self._lock = threading.Lock()
        self._lemmatize: Callable[[str, str], str] | None = None
        self.memory = memory
        self.error: str | None = None
        self.ready = threading.Event()
        self.started = threading.Event()  # a load began (in the background or on demand)

    @property
    def loaded(self) -> bool:
        """True once NLTK's WordNet is in memory."""
        return self._lemmatize is not None

    def locate(self) -> Path | None:
        """The corpus a load would read (None: not installed where NLTK looks)."""
        return locate_wordnet(self._extra_paths)

    def fingerprint(self) -> str | None:
        """Names the lemma function of the corpus a load would read (see wordnet_fingerprint)."""
        location = self.locate()
        if location is None:
            return None
        try:
            return wordnet_fingerprint(location)
        except OSError:
            return None

    def _load(self) -> None:
        try:
            import nltk

            for path in self._extra_paths:
                if str(path) not in nltk.data.path:
                    nltk.data.path.append(str(path))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "multilingual functions are not available"
                root = nltk.data.find("corpora/wordnet")
                self._lemmatize = _shared_lemmatize(root)
        except LookupError:
            self.error = f"WordNet data not found; get it with `{install_command()}`"
        except Exception as exc:  # a corrupt corpus must not break recognition
            self.error = f"WordNet failed to load: {exc}"
        finally:
            self.ready.set()
        if self.error:
            log.warning("%s; recognition uses the rule-based fallback normalizer", self.error)

    def load(self) -> bool:
        """Load now (blocking) unless already done; True when WordNet is usable."""
        if not self.ready.is_set():
            with self._lock:
                if not self.ready.is_set():
                    self.started.set()
                    self._load()
        return self._lemmatize is not None

    def usable(self) -> bool:
        """True when WordNet can answer: loaded, or — with a lemma memory — found on disk, so
        it loads on the first word the memory lacks. Without a memory this is `load()`."""
        if self.ready.is_set() or self.memory is None:
            return self.load()
        return self.locate() is not None or self.load()

    def load_in_background(self) -> threading.Thread:
        self.started.set()
        thread = threading.Thread(target=self._load_all, name="wordnet-loader", daemon=True)
        thread.start()
        return thread

    def _load_all(self) -> None:
        """The lemmatizer, then WordNet's noun index the confidence reads (nouns.py), so
        neither is read on the first recognition."""
        self.load()
        from baes_tui.recognition.nouns import warm_up

        warm_up()

    def lemmatize(self, word: str, pos: str) -> str:
        memory = self.memory
        if memory is not None and self._lemmatize is None:
            remembered = memory.get(word, pos)
            if remembered is not None:
                return remembered
        if self._lemmatize is None and not self.load():
            raise WordNetMissing(self.error or "WordNet unavailable")
        assert self._lemmatize is not None
        lemma = self._lemmatize(word, pos)
        if memory is not None:
            memory.learn(word, pos, lemma)
        return lemma


def main(argv: list[str] | None = None) -> int:
    """`python -m baes_tui.recognition.wordnet [TARGET] [--offline]`: provision WordNet."""
    args = sys.argv[1:] if argv is None else argv
    folders = [a for a in args if not a.startswith("-")]
    target = Path(folders[0]) if folders else DEFAULT_TARGET
    online = "--offline" not in args
    try:
        print(provision(target, online=online))
    except WordNetMissing as exc:
        tried = "NLTK's downloader did not answer, and " if online else ""
        print(f"error: {tried}{exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot write WordNet into {target}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
