"""Builders shared by the cache tests (no tests here): recognitions and a hand-driven clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from baes_tui.core.models import Attribute, AttrType, EntitySpec, Intent, Recognition


def recognition(
    key: str,
    *,
    entity: str = "Student",
    request: str | None = None,
    intent: Intent = Intent.CREATE_ENTITY,
    confidence: float = 0.9,
    source: str = "rules",
    normalizer_id: str = "norm-1",
) -> Recognition:
    return Recognition(
        request=request if request is not None else f"Create {key}",
        normalized_key=key,
        intent=intent,
        entities=(
            EntitySpec(
                name=entity,
                attributes=(
                    Attribute("name"),
                    Attribute("email", AttrType.EMAIL),
                    Attribute("age", AttrType.INT, False),
                ),
            ),
        ),
        confidence=confidence,
        source=source,  # type: ignore[arg-type]
        normalizer_id=normalizer_id,
    )


class Clock:
    """A clock tests move by hand, so ages and backup days need no sleeping."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
