#!/usr/bin/env python3
"""The app icons parse as SVG with a square viewBox starting at 0 0, the symbolic one uses
only fills (the theme recolours fills, not strokes), and the desktop file and metainfo point
at them: ICON_DIR APP_ID DESKTOP_FILE METAINFO_FILE."""
import configparser
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'
icon_dir, app_id, desktop_file, metainfo_file = sys.argv[1:5]
failures = []


def check_svg(path, symbolic):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        failures.append(f'{path}: does not parse: {e}')
        return
    if root.tag != SVG + 'svg':
        failures.append(f'{path}: the root element is {root.tag}, not an SVG')
        return
    box = root.get('viewBox', '').replace(',', ' ').split()
    if len(box) != 4:
        failures.append(f'{path}: no viewBox')
        return
    x, y, w, h = (float(v) for v in box)
    if (x, y) != (0, 0) or w != h or w <= 0:
        failures.append(f'{path}: viewBox {box} is not a square from 0 0')
    for attr in ('width', 'height'):
        if root.get(attr) not in (None, f'{w:g}'):
            failures.append(f'{path}: {attr}={root.get(attr)} differs from the viewBox')
    if symbolic:
        if w != 16:
            failures.append(f'{path}: a symbolic icon is drawn on a 16×16 grid, not {w:g}')
        for el in root.iter():
            if el.get('stroke') not in (None, 'none'):
                failures.append(f'{path}: <{el.tag[len(SVG):]}> has a stroke; '
                                'symbolic icons are recoloured through fills only')
                break


check_svg(f'{icon_dir}/hicolor/scalable/apps/{app_id}.svg', symbolic=False)
check_svg(f'{icon_dir}/hicolor/symbolic/apps/{app_id}-symbolic.svg', symbolic=True)

desktop = configparser.ConfigParser(interpolation=None)
desktop.optionxform = str
desktop.read(desktop_file, encoding='utf-8')
if desktop.get('Desktop Entry', 'Icon', fallback=None) != app_id:
    failures.append(f'{desktop_file}: Icon is not {app_id}')

meta = ET.parse(metainfo_file).getroot()
if meta.findtext('id') != app_id:
    failures.append(f'{metainfo_file}: id is not {app_id}')
if meta.findtext("launchable[@type='desktop-id']") != app_id + '.desktop':
    failures.append(f'{metainfo_file}: the launchable is not {app_id}.desktop')

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
