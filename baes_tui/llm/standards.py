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


# What the reader is told (seed: the LLM answers in the `baes recognize --json` shape so one
# validator, core.spec.read_spec, reads rules', LLM's and people's answers alike).
READER_INSTRUCTIONS = """\
You read one business request for a CRUD web application (FastAPI + SQLite) and say what it
asks to build. Answer with one JSON object and nothing else:
{"intent": one of create_entity, add_fields, remove_fields, modify_fields, rename_field,
           rename_entity, add_relationship, remove_entity,
 "entities": [{"name": singular PascalCase entity name,
               "attributes": [{"name": snake_case field name,
                               "type": one of str, int, float, bool, date, datetime, decimal,
                                       email,
                               "required": true or false}],
               "relationships": [{"kind": "many_to_one" or "many_to_many",
                                  "target": an entity of this answer or of the project}]}],
 "custom_logic": ["category: what it is", ...] for rules CRUD cannot express (categories:
                 complex_validation, computed_properties, custom_workflow,
                 advanced_relationships, integrations); [] for plain CRUD,
 "confidence": your probability (0 to 1) that this reading is what the person meant}
Rules: every entity gets an integer primary key `id` by itself, never list it. Money is
decimal. "each order belongs to one customer" is Order many_to_one Customer. For rename_entity
put "renamed_from" (the current name) on the entity; for rename_field on the attribute. Do not
invent fields the request does not name. When the request is not about data to keep, answer
with confidence below 0.3.
"""

COMPRESSED_REVIEW = """\
You review one generated file of a FastAPI + SQLite application. Rules already checked it and
could not decide on the findings listed. Decide: "approve" (safe and correct to ship),
"reject" (a defect a person must not ship), or "uncertain" (needs a person). Check:
- SQL is parameterised (`?`), never built from strings; database access through get_db().
- POST answers 201, DELETE 204, a missing record 404, bad input 422.
- Every except logs; no bare except; no eval/exec/subprocess; no secrets; no network calls.
- Tests assert behaviour.
Answer with one JSON object and nothing else:
{"decision": "approve" | "reject" | "uncertain",
 "confidence": your probability (0 to 1) that the decision is right,
 "findings": [{"line": line number in the file (1-based), "message": what is wrong or
               what you checked, "fix": one line, or ""}]}
A rejection must name at least one line. Say "uncertain" rather than guess.
"""
