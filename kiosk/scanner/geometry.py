"""Small numpy geometry for card finding: connected runs, convex hull, fitted quadrilateral.

Hand-written because the only libraries that have these (OpenCV, scipy, scikit-image) would add
50–100 MB to a packaged kiosk for four functions of a few lines each.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True)
class Component:
    """One 4-connected region of a mask, kept as its horizontal runs (row, start, end)."""

    rows: IntArray
    starts: IntArray
    ends: IntArray  # exclusive

    @property
    def area(self) -> int:
        return int((self.ends - self.starts).sum())

    def mask(self, shape: tuple[int, int]) -> BoolArray:
        out = np.zeros(shape, dtype=bool)
        for r, s, e in zip(
            self.rows.tolist(), self.starts.tolist(), self.ends.tolist(), strict=True
        ):
            out[r, s:e] = True
        return out

    def outline_points(self, shape: tuple[int, int]) -> FloatArray:
        """Leftmost/rightmost pixel of each row and top/bottom pixel of each column (x, y)."""
        pts = [
            np.column_stack([self.starts, self.rows]),
            np.column_stack([self.ends - 1, self.rows]),
        ]
        m = self.mask(shape)
        cols = np.flatnonzero(m.any(axis=0))
        top = m[:, cols].argmax(axis=0)
        bottom = m.shape[0] - 1 - m[::-1, cols].argmax(axis=0)
        pts.append(np.column_stack([cols, top]))
        pts.append(np.column_stack([cols, bottom]))
        return np.unique(np.vstack(pts), axis=0).astype(np.float64)


def components(mask: BoolArray, min_area: int = 1) -> list[Component]:
    """4-connected components of a boolean mask, largest first (run-length union-find)."""
    h, w = mask.shape
    width = w + 2
    padded = np.zeros((h, width), dtype=np.int8)
    padded[:, 1:-1] = mask
    d = np.diff(padded, axis=1)
    rows, starts = np.nonzero(d == 1)
    _, ends = np.nonzero(d == -1)
    n = rows.size
    if n == 0:
        return []
    start_key = rows * width + starts
    end_key = rows * width + ends
    # Runs of row r+1 touching run i form one contiguous block [lo, hi) in row-major order.
    lo = np.searchsorted(end_key, (rows + 1) * width + starts, side="right")
    hi = np.searchsorted(start_key, (rows + 1) * width + ends, side="left")
    counts = np.maximum(hi - lo, 0)
    a = np.repeat(np.arange(n), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    b = np.repeat(lo, counts) + offsets
    labels = np.arange(n)
    while True:
        # Min-label propagation over the touching pairs, then pointer jumping to converge fast.
        m = np.minimum(labels[a], labels[b])
        new = labels.copy()
        np.minimum.at(new, a, m)
        np.minimum.at(new, b, m)
        while True:
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, labels):
            break
        labels = new
    lengths = ends - starts
    area = np.bincount(labels, weights=lengths, minlength=n)
    roots = np.flatnonzero(area >= max(min_area, 1))
    roots = roots[np.argsort(-area[roots], kind="stable")]
    out = []
    for root in roots.tolist():
        sel = labels == root
        out.append(Component(rows[sel], starts[sel], ends[sel]))
    return out


def convex_hull(points: FloatArray) -> FloatArray:
    """Andrew's monotone chain; counter-clockwise in a y-up frame, without repeated end."""
    pts = np.unique(points, axis=0)
    if len(pts) < 3:
        return pts
    # Only the two ends of each row can be corners: the hull of those is the hull of all,
    # with far fewer turns of the loop below (an outline has many points per row).
    by_row = pts[np.lexsort((pts[:, 0], pts[:, 1]))]
    new_row = by_row[1:, 1] != by_row[:-1, 1]
    ends = np.concatenate(([True], new_row)) | np.concatenate((new_row, [True]))
    pts = np.unique(by_row[ends], axis=0)
    if len(pts) < 3:
        return pts

    def half(seq: FloatArray) -> list[FloatArray]:
        chain: list[FloatArray] = []
        for p in seq:
            while len(chain) >= 2:
                o, q = chain[-2], chain[-1]
                if (q[0] - o[0]) * (p[1] - o[1]) - (q[1] - o[1]) * (p[0] - o[0]) > 0:
                    break
                chain.pop()
            chain.append(p)
        return chain

    lower = half(pts)
    upper = half(pts[::-1])
    return np.array(lower[:-1] + upper[:-1])


def min_area_rect(hull: FloatArray) -> FloatArray:
    """Corners (4×2) of the smallest-area rectangle around a convex hull (rotating calipers)."""
    edges = np.diff(np.vstack([hull, hull[:1]]), axis=0)
    angles = np.unique(np.mod(np.arctan2(edges[:, 1], edges[:, 0]), np.pi / 2))
    best: tuple[float, FloatArray] | None = None
    for angle in angles:
        c, s = np.cos(angle), np.sin(angle)
        rot = np.array([[c, s], [-s, c]])
        p = hull @ rot.T
        lo, hi = p.min(axis=0), p.max(axis=0)
        area = float(np.prod(hi - lo))
        if best is None or area < best[0]:
            box = np.array([[lo[0], lo[1]], [hi[0], lo[1]], [hi[0], hi[1]], [lo[0], hi[1]]])
            best = (area, box @ rot)
    assert best is not None
    return best[1]


def fit_line(points: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Total least squares line: (point on it, unit direction)."""
    centre = points.mean(axis=0)
    _, _, vt = np.linalg.svd(points - centre, full_matrices=False)
    return centre, vt[0]


def intersect(l1: tuple[FloatArray, FloatArray], l2: tuple[FloatArray, FloatArray]) -> FloatArray:
    (p, r), (q, s) = l1, l2
    denom = r[0] * s[1] - r[1] * s[0]
    if abs(denom) < 1e-9:
        raise ValueError("parallel lines")
    t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / denom
    result: FloatArray = p + t * r
    return result


def order_corners(corners: FloatArray) -> FloatArray:
    """Clockwise on screen (y down), starting anywhere."""
    centre = corners.mean(axis=0)
    ang = np.arctan2(corners[:, 1] - centre[1], corners[:, 0] - centre[0])
    ordered: FloatArray = corners[np.argsort(ang)]
    return ordered


def perspective_coefficients(dst: FloatArray, src: FloatArray) -> tuple[float, ...]:
    """Pillow PERSPECTIVE data: maps output points `dst` onto input points `src` (4×2 each)."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return tuple(float(v) for v in sol)


def polygon_area(poly: FloatArray) -> float:
    x, y = poly[:, 0], poly[:, 1]
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2)


def dilate(mask: BoolArray, size: int) -> BoolArray:
    """Binary dilation by a size×size square (separable; Pillow's rank filter is 100× slower)."""
    return _sweep(_sweep(mask, size, 0, np.logical_or), size, 1, np.logical_or)


def erode(mask: BoolArray, size: int) -> BoolArray:
    """Binary erosion by a size×size square; outside the image counts as set (no border bite)."""
    return _sweep(_sweep(mask, size, 0, np.logical_and), size, 1, np.logical_and)


def _sweep(mask: BoolArray, size: int, axis: int, op: np.ufunc) -> BoolArray:
    r = size // 2
    fill = op is np.logical_and
    pad = [(0, 0), (0, 0)]
    pad[axis] = (r, r)
    padded = np.pad(mask, pad, constant_values=fill)
    n = mask.shape[axis]

    def shifted(k: int) -> BoolArray:
        # A view, not a copy (np.take copied the whole mask once per step).
        window: list[slice] = [slice(None), slice(None)]
        window[axis] = slice(k, k + n)
        return padded[tuple(window)]

    out = shifted(0).copy()
    for k in range(1, 2 * r + 1):
        op(out, shifted(k), out=out)
    return out
