from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from kiosk.sandbox import audit, logins
from kiosk.sandbox.context import CurrentOfficer, Gateway, current_officer, gateway
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.schemas import UnitsOut

router = APIRouter(tags=["units"])


@router.get(
    "/v1/units",
    response_model=UnitsOut,
    summary="The officer's units, whether each can be chosen, and why none can",
    responses=error_responses(401),
)
def units(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> UnitsOut:
    result = logins.units_of(gw, officer.id)
    audit.run_audited(
        gw.db,
        gw.settings.now(),
        officer.actor,
        "units.view",
        lambda _s: None,
        details={"diagnosis": result.diagnosis},
    )
    return result
