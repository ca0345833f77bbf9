"""Unknown query parameters are refused, as unknown body fields are.

A misspelt filter (`?unit=` for `?unit_id=`) would otherwise be ignored silently and the
officer shown a list that does not answer the question asked.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from kiosk.sandbox.errors import validation_error
from kiosk.sandbox.schemas import has_control_characters


def _query_names(dependant: Any) -> set[str]:
    """Aliases of every query parameter of an operation, its dependencies' included."""
    names = {param.alias for param in getattr(dependant, "query_params", [])}
    for sub in getattr(dependant, "dependencies", []):
        names |= _query_names(sub)
    return names


def reject_unknown_query(request: Request) -> None:
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = _query_names(dependant)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise validation_error(
            [{"loc": ("query", name), "type": "extra_forbidden"} for name in unknown]
        )
    controlled = sorted(
        name for name, value in request.query_params.multi_items() if has_control_characters(value)
    )
    if controlled:
        raise validation_error(
            [{"loc": ("query", name), "type": "string_pattern_mismatch"} for name in controlled]
        )
