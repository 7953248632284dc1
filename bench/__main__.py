"""`make bench` (python -m bench): run every benchmark script and print its table."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    machine = f"{platform.machine()}, {platform.system()} {platform.release()}"
    print(f"# machine: {machine}, Python {platform.python_version()}")
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n## {script.stem}\n", flush=True)
        done = subprocess.run([sys.executable, str(script)], check=False)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
