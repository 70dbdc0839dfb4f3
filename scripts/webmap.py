"""The world map of the web page: Natural Earth 1:110m shapes (Data/geo/) projected to one SVG at build
time, each shape matched to a COW state. Used by scripts/generate-web (the rules and the format are in its
docstring and in Data/geo/README.md). Standard library only; deterministic.
"""
import csv, json, math


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --- Shapes to COW states -------------------------------------------------------------------------

# Natural Earth shapes whose ISO3 has no COW number in codes.csv but which COW codes as a state.
EXTRA_COW = {
    "SRB": 345,  # COW codes Yugoslavia and Serbia as one state, 345 (countrycode keeps it on "Yugoslavia")
    "KOS": 347,  # Natural Earth ADM0_A3 KOS = COW 347 (no ISO code)
}
# Territories drawn with their sovereign (not disputed; Natural Earth SOVEREIGNT). They get the
# sovereign's data-ccode and class "state dep", without an id (the id belongs to the main shape).
DEPENDENCIES = {"GRL": 390, "PRI": 2, "NCL": 220, "ATF": 220}
# Shapes left out of the map.
SKIP = {"ATA"}
# Historical states drawn on modern shapes, approximately (modern borders): used by the page only when
# the shape's own state is not in the system on the day and the candidate is, within the dates given
# (inclusive; open ends empty). Format of data-alt: "ccode[@from][~to]" separated by spaces, first match
# wins. Only cases where the modern shape lay wholly or mostly within the historical state.
ALT = {
    "AUT": "300~1918-11-12 255@1938-03-13~1945-05-08",  # Austria-Hungary; Germany after the Anschluss
    "HUN": "300~1918-11-12",
    "CZE": "315 300~1918-11-12",  # Czechoslovakia; before it Austria-Hungary
    "SVK": "315 300~1918-11-12",
    "SVN": "300~1918-11-12 345@1918-12-01",  # Austria-Hungary, then Yugoslavia
    "HRV": "300~1918-11-12 345@1918-12-01",
    "BIH": "300~1918-11-12 345@1918-12-01",
    "MKD": "345@1918-12-01",
    "MNE": "345@1918-12-01",
    "KOS": "345@1918-12-01",
    "DEU": "260",  # the German Federal Republic, 1955-1990 (the GDR is listed as having no shape)
    "PRK": "730",  # Korea, 1887-1905
    "KOR": "730",
    "FIN": "365~1917-12-05",  # part of the Russian Empire
    "EST": "365~1918-02-23",
    "LVA": "365~1918-11-17",
    "LTU": "365~1918-02-15",
    "UKR": "365",  # Russian Empire / USSR
    "BLR": "365",
    "GEO": "365",
    "ARM": "365",
    "AZE": "365",
    "KAZ": "365",
    "UZB": "365",
    "TKM": "365",
    "KGZ": "365",
    "TJK": "365",
    "MDA": "365~1918-04-08 365@1940-06-28",  # Bessarabia: Romania (a state of its own then) between
}

# Robinson projection (Robinson 1974; the table as published, 5-degree steps, linear interpolation).
ROBINSON = [
    (1.0000, 0.0000), (0.9986, 0.0620), (0.9954, 0.1240), (0.9900, 0.1860), (0.9822, 0.2480),
    (0.9730, 0.3100), (0.9600, 0.3720), (0.9427, 0.4340), (0.9216, 0.4958), (0.8962, 0.5571),
    (0.8679, 0.6176), (0.8350, 0.6769), (0.7986, 0.7346), (0.7597, 0.7903), (0.7186, 0.8435),
    (0.6732, 0.8936), (0.6213, 0.9394), (0.5722, 0.9761), (0.5322, 1.0000),
]
WIDTH = 1000.0
R = WIDTH / (2 * math.pi * 0.8487)


def robinson(lon, lat):
    a = min(abs(lat), 90.0) / 5.0
    i = min(int(a), 17)
    f = a - i
    x0, y0 = ROBINSON[i]
    x1, y1 = ROBINSON[i + 1]
    px, py = x0 + (x1 - x0) * f, y0 + (y1 - y0) * f
    x = 0.8487 * R * px * math.radians(lon) + WIDTH / 2
    y = -math.copysign(1.3523 * R * py, lat)
    return x, y


def fmt(tenths):
    s = str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


def join_numbers(numbers):
    parts = []
    for n in numbers:
        s = fmt(n)
        if parts and not s.startswith("-"):
            parts.append(" ")
        parts.append(s)
    return "".join(parts)


def build_map(geojson_text, codes_csv):
    features = json.loads(geojson_text)["features"]
    cow_by_iso = {}
    names = {}
    with open(codes_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["cown"]:
                names[int(row["cown"])] = row["country_name"]
                if row["iso3c"]:
                    cow_by_iso[row["iso3c"]] = int(row["cown"])
    shapes = []
    for feature in features:
        p = feature["properties"]
        iso = p["ISO_A3"] if p["ISO_A3"] != "-99" else p["ISO_A3_EH"]
        if iso == "-99":
            iso = p["ADM0_A3"]
        if iso in SKIP:
            continue
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = []
        for polygon in polygons:
            for ring in polygon:
                pts = []
                for lon, lat in ring:
                    x, y = robinson(lon, lat)
                    q = (round(x * 10), round(y * 10))
                    if not pts or pts[-1] != q:
                        pts.append(q)
                if len(pts) > 1 and pts[0] == pts[-1]:
                    pts.pop()
                if len(set(pts)) >= 3:
                    rings.append(pts)
        if not rings:
            continue
        shapes.append((iso, p["NAME"], rings))
    ys = [y for _, _, rings in shapes for ring in rings for _, y in ring]
    top = min(ys) - 50  # 5 units of margin, in tenths
    height = max(ys) + 50 - top
    rows = []
    for iso, name, rings in shapes:
        ccode = cow_by_iso.get(iso, EXTRA_COW.get(iso))
        d = []
        start = None
        for ring in rings:
            ring = [(x, y - top) for x, y in ring]
            if start is None:
                d.append("M" + join_numbers([ring[0][0], ring[0][1]]))
            else:
                d.append("m" + join_numbers([ring[0][0] - start[0], ring[0][1] - start[1]]))
            start = ring[0]
            deltas = []
            for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                deltas += [bx - ax, by - ay]
            d.append("l" + join_numbers(deltas) + "z")
        # Label point: the area centroid of the largest ring.
        best, best_area = None, -1.0
        for ring in rings:
            a = cx = cy = 0.0
            for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1]):
                c = ax * by - bx * ay
                a += c
                cx += (ax + bx) * c
                cy += (ay + by) * c
            if abs(a) > best_area and a != 0:
                best_area, best = abs(a), (cx / (3 * a) / 10, (cy / (3 * a) - top) / 10)
        label = f"{round(best[0])},{round(best[1])}"
        attrs = ""
        if iso in DEPENDENCIES:
            sov = DEPENDENCIES[iso]
            attrs = f'class="state dep" data-ccode="{sov}" data-iso3="{iso}"'
            title = f"{name} ({names[sov]})"
            key = (sov, 1, iso)
        elif ccode is not None:
            attrs = f'id="s{ccode}" class="state" data-ccode="{ccode}" data-iso3="{iso}"'
            title = name
            key = (ccode, 0, iso)
        else:
            attrs = f'class="land" data-iso3="{iso}"'
            title = name
            key = (100000, 0, iso)
        if iso in ALT:
            attrs += f' data-alt="{ALT[iso]}"'
        attrs += f' data-c="{label}"'
        rows.append((key, f'<path {attrs} d="{"".join(d)}"><title>{esc(title)}</title></path>'))
    rows.sort()
    h = fmt(height)
    svg = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 {h}" id="worldmap">',
        "<!-- Natural Earth 1:110m Admin 0 countries (public domain), Robinson projection; "
        "generated by scripts/generate-web -->",
        '<defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="4" height="4" fill="#fbfbf9"/>'
        '<line x1="0" y1="0" x2="0" y2="4" stroke="#b4b4ac" stroke-width="1.1"/></pattern></defs>',
        f'<rect class="sea" width="1000" height="{h}"/>',
        '<g id="shapes">',
    ]
    svg += [row for _, row in rows]
    svg += ['</g>', '<g id="overlay"></g>', "</svg>", ""]
    return "\n".join(svg)
