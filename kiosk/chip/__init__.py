"""The contactless chip of the ID card: ICAO Doc 9303 eMRTD over PC/SC (docs/chip.md).

Qt-free; outcomes and errors are codes with values, the UI words them.
"""
