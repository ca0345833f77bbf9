from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

import kiosk
from kiosk.sandbox.context import Gateway, gateway
from kiosk.sandbox.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/v1/health", response_model=Health, summary="Is the gateway up, and in which mode")
def health(gw: Annotated[Gateway, Depends(gateway)]) -> Health:
    return Health(
        status="ok",
        version=kiosk.__version__,
        contract="v1",
        mode="production" if gw.settings.production else "training",
        time=gw.settings.now(),
    )
