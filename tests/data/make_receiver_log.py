#!/usr/bin/env python3
"""Writes receiver.nmea, the recorded log tests/gps.rs replays: 12 one-second epochs of a
handheld receiver held still near 35.55E 33.27N (GGA, GSA, RMC each, and a GSV, which
Clearfield ignores), checksums computed here (XOR of the bytes between '$' and '*'),
independently of the Rust code. Epoch 5 has no fix (GGA quality 0, GSA mode 1, RMC V) and
epoch 7's GGA has a wrong checksum: neither may count. Run once: python3 make_receiver_log.py
"""

def sentence(body):
    cs = 0
    for b in body.encode("ascii"):
        cs ^= b
    return "$%s*%02X" % (body, cs)

# Offsets from 33°16.2000'N and 35°33.0000'E in units of 0.0001 minute (about 0.19 m north,
# 0.16 m east), satellites used, HDOP, altitude (m).
EPOCHS = [
    (3, -3, 8, 0.9, 712.4),
    (5, 2, 8, 0.9, 712.9),
    (-2, 4, 7, 1.0, 713.1),
    (0, 0, 7, 1.1, 712.2),
    (7, -5, 6, 1.3, 711.8),
    (40, 40, 0, 0.0, 0.0),      # no fix: quality 0
    (1, 1, 8, 0.9, 712.6),
    (90, -90, 9, 0.8, 712.0),   # GGA with a bad checksum
    (-4, 3, 9, 0.8, 712.5),
    (2, -2, 9, 0.8, 712.7),
    (6, 6, 8, 0.9, 713.0),
    (-1, 4, 8, 1.0, 712.3),
]

lines = []
for i, (dlat, dlon, sats, hdop, alt) in enumerate(EPOCHS):
    t = "1015%02d.00" % (10 + i)
    lat = "3316.%04d" % (2000 + dlat)
    lon = "03533.%04d" % (dlon) if dlon >= 0 else "03532.%04d" % (10000 + dlon)
    nofix = i == 5
    if nofix:
        gga = sentence("GPGGA,%s,,,,,0,00,99.9,,M,,M,," % t)
        gsa = sentence("GPGSA,A,1,,,,,,,,,,,,,99.9,99.9,99.9")
        rmc = sentence("GPRMC,%s,V,,,,,,,011226,,,N" % t)
    else:
        gga = sentence("GPGGA,%s,%s,N,%s,E,1,%02d,%.1f,%.1f,M,24.1,M,," % (t, lat, lon, sats, hdop, alt))
        prns = ["04", "05", "09", "12", "16", "20", "25", "29", "31"][:sats]
        prns += [""] * (12 - len(prns))
        gsa = sentence("GPGSA,A,3,%s,1.8,%.1f,1.5" % (",".join(prns), hdop))
        rmc = sentence("GPRMC,%s,A,%s,N,%s,E,0.02,0.0,011226,4.5,E,A" % (t, lat, lon))
    if i == 7:
        # Flip the checksum's last hex digit: a corrupted sentence.
        good = gga[-1]
        gga = gga[:-1] + ("0" if good != "0" else "1")
    lines += [gga, gsa, rmc]
    if i % 4 == 0:
        lines.append(sentence("GPGSV,3,1,09,04,62,312,42,05,48,091,40,09,33,201,38,12,21,044,35"))

with open(__file__.replace("make_receiver_log.py", "receiver.nmea"), "w", newline="") as f:
    for line in lines:
        f.write(line + "\r\n")
