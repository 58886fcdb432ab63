#!/bin/sh
# Makes the photos of Rakit's example post (src/main/resources/id/rakit/example/), one per lesson:
# each carries just the metadata that gives it its verdict or flag. ImageMagick 6 and ExifTool 12.
# The event they are checked against: 17 Sep 2024, 09.00-12.00 WIB, at -0.9492, 100.3543 (Padang).
# Run from the project folder: sh assets/example/make-example-photos.sh
set -e
out=src/main/resources/id/rakit/example
mkdir -p "$out"
font=DejaVu-Sans-Bold

# A small scene: sky, a hall with a door, the ground, and the photo's number in a corner.
scene() { # file number sky-top sky-bottom
    convert -size 480x320 gradient:"$3-$4" \
        -fill '#8d6e63' -draw 'rectangle 0,250 480,320' \
        -fill '#eceff1' -draw 'rectangle 150,120 330,250' \
        -fill '#b71c1c' -draw 'polygon 140,120 240,70 340,120' \
        -fill '#5d4037' -draw 'rectangle 220,190 260,250' \
        -fill '#37474f' -draw 'circle 90,230 90,205' -draw 'rectangle 80,230 100,280' \
        -fill '#37474f' -draw 'circle 390,225 390,200' -draw 'rectangle 380,225 400,280' \
        -font $font -pointsize 44 -fill white -stroke '#263238' -strokewidth 2 -annotate +20+60 "$2" \
        -strip -sampling-factor 2x2 -quality 62 "$out/$1"
}

scene contoh-01.jpg 1 '#64b5f6' '#e3f2fd'
scene contoh-02.jpg 2 '#90a4ae' '#eceff1'
scene contoh-03.jpg 3 '#ff8a65' '#fff3e0'
scene contoh-04.jpg 4 '#81c784' '#f1f8e9'
scene contoh-05.jpg 5 '#4fc3f7' '#e1f5fe'
scene contoh-06.jpg 6 '#ba68c8' '#f3e5f5'
scene contoh-07.jpg 7 '#4db6ac' '#e0f2f1'
scene contoh-08.jpg 8 '#7986cb' '#e8eaf6'
scene contoh-09.jpg 9 '#ffd54f' '#fffde7'
# 10 looks unlike the others (light from the left, a tower on the right), so only its own copy in
# the older example counts as "already used", not the nine photos that share the hall
convert -size 320x480 gradient:'#0d47a1-#fff8e1' -rotate 90 \
    -fill '#fbc02d' -draw 'circle 70,70 70,30' \
    -fill '#33691e' -draw 'rectangle 0,230 480,320' \
    -fill '#455a64' -draw 'rectangle 330,40 400,230' \
    -fill '#eceff1' -draw 'rectangle 345,60 385,90' -draw 'rectangle 345,110 385,140' -draw 'rectangle 345,160 385,190' \
    -font $font -pointsize 44 -fill white -stroke '#263238' -strokewidth 2 -annotate +20+300 10 \
    -strip -sampling-factor 2x2 -quality 62 "$out/contoh-10.jpg"

x() { exiftool -q -overwrite_original "$@"; }
venue='-GPSLatitude=0.9492 -GPSLatitudeRef=S -GPSLongitude=100.3543 -GPSLongitudeRef=E'

# 1: taken during the event, at the venue, GPS and camera clocks agree: Sesuai waktu acara
x -Make=Canon '-Model=Canon EOS RP' '-DateTimeOriginal=2024:09:17 09:35:00' '-OffsetTimeOriginal=+07:00' \
  $venue -GPSDateStamp=2024:09:17 -GPSTimeStamp=02:35:00 "$out/contoh-01.jpg"
# 2: two days before the event: 2 hari sebelum acara
x -Make=samsung -Model=SM-A525F '-DateTimeOriginal=2024:09:15 09:00:00' '-OffsetTimeOriginal=+07:00' "$out/contoh-02.jpg"
# 3: after the event ends (accepted with a reason by the example): ... setelah acara, Diterima
x -Make=samsung -Model=SM-A525F '-DateTimeOriginal=2024:09:17 13:10:00' '-OffsetTimeOriginal=+07:00' "$out/contoh-03.jpg"
# 4: no metadata at all, as WhatsApp forwards it: Tanpa waktu pengambilan, Tanpa metadata
#    (nothing to add: -strip above removed everything)
# 5: a time without zone: Zona waktu diasumsikan (still on time)
x -Make=OPPO '-Model=CPH2211' '-DateTimeOriginal=2024:09:17 10:00:00' "$out/contoh-05.jpg"
# 6: processed with an editor: Diedit
x -Make=Canon '-Model=Canon EOS RP' '-DateTimeOriginal=2024:09:17 10:15:00' '-OffsetTimeOriginal=+07:00' \
  '-Software=Adobe Photoshop 25.0 (Windows)' '-ModifyDate=2024:09:18 16:40:00' "$out/contoh-06.jpg"
# 7: the camera's clock and the GPS clock are 90 minutes apart: Jam tidak cocok
x -Make=Xiaomi '-Model=Redmi Note 12' '-DateTimeOriginal=2024:09:17 10:20:00' '-OffsetTimeOriginal=+07:00' \
  $venue -GPSDateStamp=2024:09:17 -GPSTimeStamp=01:50:00 "$out/contoh-07.jpg"
# 8: taken in Bukittinggi, about 71 km from the venue: Jauh dari lokasi
x -Make=Xiaomi '-Model=Redmi Note 12' '-DateTimeOriginal=2024:09:17 11:00:00' '-OffsetTimeOriginal=+07:00' \
  -GPSLatitude=0.3056 -GPSLatitudeRef=S -GPSLongitude=100.3692 -GPSLongitudeRef=E \
  -GPSDateStamp=2024:09:17 -GPSTimeStamp=04:00:00 "$out/contoh-08.jpg"
# 9: a camera whose clock runs one hour behind; the example corrects it: Jam dikoreksi (on time after)
x -Make=Rakit '-Model=Kamera Contoh' -SerialNumber=CONTOH-9 '-DateTimeOriginal=2024:09:17 08:10:00' \
  '-OffsetTimeOriginal=+07:00' "$out/contoh-09.jpg"
# 10: also evidence in the older example post: Sudah dipakai
x -Make=Canon '-Model=Canon EOS RP' '-DateTimeOriginal=2024:09:17 11:30:00' '-OffsetTimeOriginal=+07:00' "$out/contoh-10.jpg"

ls -l "$out"
