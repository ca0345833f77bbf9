"""Hypothesis strategies for card data, and the one settings object every property test uses.

`derandomize=True` makes each run draw the same examples: the suite is deterministic.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.provinces import PROVINCES

DETERMINISTIC = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow],
)

TODAY = date(2026, 3, 5)

_LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


@st.composite
def name_words(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(_LOWER)).upper()
    rest = draw(st.text(alphabet=_LOWER, min_size=1, max_size=6))
    return first + rest


names = st.lists(name_words(), min_size=2, max_size=5).map(" ".join)

addresses = (
    st.text(alphabet=_LOWER + _LOWER.upper() + "0123456789 ,./-", min_size=1, max_size=80)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@st.composite
def citizens(draw: st.DrawFn) -> CitizenDetails:
    """Card details whose ID number agrees with the birth year and sex, as real cards do."""
    birth = draw(st.dates(min_value=date(1920, 1, 1), max_value=date(2019, 12, 31)))
    sex = draw(st.sampled_from(list(Sex)))
    code = draw(st.sampled_from(sorted(PROVINCES)))
    century_sex = (birth.year - 1900) // 100 * 2 + (0 if sex is Sex.MALE else 1)
    serial = draw(st.integers(0, 999_999))
    id_number = f"{code}{century_sex}{birth.year % 100:02d}{serial:06d}"
    old_id = draw(st.one_of(st.just(""), st.integers(0, 999_999_999).map(lambda n: f"{n:09d}")))
    issue = draw(st.dates(min_value=max(birth, date(2016, 1, 1)), max_value=TODAY))
    return CitizenDetails(
        id_number=id_number,
        old_id_number=old_id,
        full_name=draw(names),
        date_of_birth=birth,
        sex=sex,
        address=draw(addresses),
        issue_date=issue,
    )


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)
