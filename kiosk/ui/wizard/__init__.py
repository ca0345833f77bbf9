"""The officer's wizard: one citizen from the lookup to the created account (seed 002, I).

`workbench.Workbench` ties it to the session: the start screen, a fresh `AccountWizard` per
citizen, the simulated phone in training mode. Pages live one per file and share the
wizard's `AccountCase`; everything slow goes through `kiosk.cases.CaseService` on a worker.
"""
