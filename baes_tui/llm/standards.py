"""Coding standards handed to an LLM (seed §5): compressed by default, full on escalation.

The compressed text keeps only what a model tends to forget or what is this project's own
convention; the full text is sent when the TechLead approval rate falls below 85%, the
escalation the original framework documented but never wired.
"""

from __future__ import annotations

ESCALATION_APPROVAL_RATE = 0.85

COMPRESSED_BACKEND = """\
Project standards (Python 3.11, FastAPI, Pydantic v2, sqlite3):
- Database access only through `with get_db() as db:`; get_db is a @contextmanager that
  commits, rolls back on error and closes in `finally`.
- HTTP: POST returns 201 (status_code=status.HTTP_201_CREATED), DELETE returns 204 with an
  empty body, a missing record is 404 {"detail": "<Entity> not found"}, bad input is 422.
- Every `except` logs with logger.error(...) before answering or re-raising; never a bare except.
- SQL is parameterised (`?` placeholders); never build SQL with f-strings, % or concatenation.
- Type hints on every function; snake_case names; lines at most 100 characters.
- Return typed Pydantic models (response_model); reuse the entity's Create/Update/Read models.
- Keep functions small and pure where possible; put business rules in plain functions that
  take and return values so they can be unit tested without a database.
- Answer with one Python module in a single ```python fenced block and nothing else.
"""

FULL_BACKEND = (
    COMPRESSED_BACKEND
    + """\
Full standards (sent because the approval rate is low):
- Module layout: imports (stdlib, third party, local), `logger = logging.getLogger(__name__)`,
  constants in UPPER_CASE, then functions; no code at import time besides definitions.
- Validation errors raise ValueError with a message a user can act on; the route turns them
  into HTTPException(status_code=422, detail=message).
- Money is Decimal, never float; dates are datetime.date; timestamps are timezone-aware UTC.
- No global mutable state; no network calls; no eval/exec; no subprocess.
- Docstrings on public functions say why the rule exists, in one sentence.
- Example:
    def validate_age(age: int) -> int:
        \"\"\"Students younger than 16 cannot enrol (admissions policy).\"\"\"
        if age < MIN_AGE:
            raise ValueError(f"age must be at least {MIN_AGE}")
        return age
"""
)


def backend_standards(approval_rate: float | None) -> str:
    """Compressed standards unless the measured approval rate calls for the full text."""
    if approval_rate is not None and approval_rate < ESCALATION_APPROVAL_RATE:
        return FULL_BACKEND
    return COMPRESSED_BACKEND
