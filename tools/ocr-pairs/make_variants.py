#!/usr/bin/python3
"""Builds OCR development pairs from ocrsim's clean and degraded pages (see make-pairs.sh).

make_variants.py OCRSIM_OUT NAME DEST [VARIANT ...]: writes DEST/NAME.VARIANT.pdf and DEST/NAME.VARIANT.txt
(the ground truth: ocrsim's reference.txt) for each variant (all when none is named):
  stamped     colour JPEG pages, a red seal and a blue signature drawn over the signature block of the
              last page (multiplied in, so black text under them stays black), 1.2° slant, JPEG q70
  photo       colour phone photos: perspective, 2.5° slant, uneven light, yellowish paper, JPEG q80
              (the sheet fills the photo: its corners are outside the frame)
  desk        colour phone photos of the whole sheet lying on a darker desk, seen at an angle (its four
              corners moved by 3-10 % of the page, differently on each page), uneven light, JPEG q80
  upside-down the degraded grey pages turned 180° (grey JPEG)
  sideways    the degraded grey pages turned 90° (grey JPEG)
  lowres      the degraded grey pages at 150 dpi (a fax-quality scan), grey JPEG
  g4          the degraded pages thresholded to black and white, CCITT Group 4 (tiff2pdf, not re-encoded)
  gov         a government office's scan: colour JPEG q65, the number after "Số:" and the day and month of the
              date handwritten in blue into the typed blanks, a red seal over the left of the signer's title and
              name with a blue signature, a dark scanner edge along one side, 0.6° slant
  gov-grey    the same page scanned in grey (the seal a mid-grey ring over the name, as on most portal copies)
  jbig2       the same bits as JBIG2 (one generic region per page, MMR-coded: the Group 4 code inside a
              JBIG2 segment), in a PDF written here
  copy        an office's scan of a photocopy of a photocopy (hard; plain tesseract lands around 8-15 % CER):
              the gov page (handwritten number and date, a seal and a signature scribbled over the signer's
              name) with ruling lines drawn around a block of lines (a table's rules), copied twice in grey
              (each copy: blur, toner noise, a steep threshold; strokes thickened or broken), speckle, toner
              streaks, the back page bleeding through, a shadow along the binding, uneven light, a slight
              turn, scanned at 200 or 150 dpi, JPEG q35-50
  copy-photo  the same photocopy photographed with a phone: colour, yellowish paper, perspective (the sheet
              fills the photo), a 1-2.5° turn, uneven light, a shadow, 200 dpi equivalent, JPEG q55
Seeded by NAME, so a rebuild gives the same files. Needs Pillow (python3-pil), img2pdf and tiff2pdf
(libtiff-tools).
"""
import glob, io, math, os, random, re, shutil, struct, subprocess, sys
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps, TiffImagePlugin

src, name, dest = sys.argv[1], sys.argv[2], sys.argv[3]
only = set(sys.argv[4:])
rng = random.Random("ocr-pairs:" + name)
clean = sorted(glob.glob(os.path.join(src, "pages", "page-*.clean.png")))
degraded = [p.replace(".clean.png", ".png") for p in clean]
truth = open(os.path.join(src, "reference.txt"), encoding="utf-8").read()
DPI = 300
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
tmp = os.path.join(dest, "tmp-" + name)
os.makedirs(tmp, exist_ok=True)


def save_pair(variant, pdf_bytes=None, images=None):
    out = os.path.join(dest, f"{name}.{variant}")
    if images is not None:
        subprocess.run(["img2pdf", "--engine", "internal", *images, "-o", out + ".pdf"], check=True)
    else:
        open(out + ".pdf", "wb").write(pdf_bytes)
    open(out + ".txt", "w", encoding="utf-8").write(truth)


def ink_box(img, x0, y0):
    """Bounding box of dark pixels right of x0 and below y0 (the signature block's right column)."""
    g = img.convert("L").crop((x0, y0, img.width, img.height))
    box = ImageOps.invert(g).point(lambda v: 255 if v > 100 else 0).getbbox()
    return None if box is None else (box[0] + x0, box[1] + y0, box[2] + x0, box[3] + y0)


def seal(size, colour):
    """A round red seal: two rings, letters around, a star in the middle (RGBA, transparent outside)."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    r = size // 2
    d.ellipse((4, 4, size - 4, size - 4), outline=colour, width=9)
    d.ellipse((size * 0.2, size * 0.2, size * 0.8, size * 0.8), outline=colour, width=5)
    font = ImageFont.truetype(FONT, size // 11)
    text = "ỦY BAN NHÂN DÂN * TỈNH MẪU * "
    for i, ch in enumerate(text):
        angle = 360 * i / len(text)
        glyph = Image.new("RGBA", (size // 8, size // 8), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size // 32, 0), ch, font=font, fill=colour)
        glyph = glyph.rotate(-angle, resample=Image.BICUBIC)
        a = math.radians(angle - 90)
        cx, cy = r + (r * 0.75) * math.cos(a), r + (r * 0.75) * math.sin(a)
        im.alpha_composite(glyph, (int(cx - glyph.width / 2), int(cy - glyph.height / 2)))
    pts = []
    for k in range(10):
        rad = (r * 0.25) if k % 2 == 0 else (r * 0.1)
        a = math.radians(-90 + 36 * k)
        pts.append((r + rad * math.cos(a), r + rad * math.sin(a)))
    d.polygon(pts, fill=colour)
    return im


def multiply(page, overlay, at):
    """Ink on paper: the darker of the two wins per channel (black text under the seal stays black)."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    layer.paste(overlay, at, overlay)
    from PIL import ImageChops
    return ImageChops.multiply(page, layer)


def signature(width, height, colour):
    im = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x, y = width * 0.05, height * 0.6
    pts = []
    for k in range(60):
        t = k / 59
        pts.append((width * (0.05 + 0.9 * t), height * (0.5 + 0.35 * math.sin(t * 9 + rng.random())) ))
    d.line(pts, fill=colour, width=6, joint="curve")
    d.line([(width * 0.1, height * 0.8), (width * 0.9, height * 0.3)], fill=colour, width=5)
    return im


HAND = "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyrechorus-mediumitalic.otf"


def words(path):
    """Tesseract's words on a clean page (text, left, top, width, height), to find the blanks a clerk fills in."""
    tsv = subprocess.run(["tesseract", path, "-", "-l", "vie", "--psm", "3", "tsv"], capture_output=True, text=True,
                         env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
    out = []
    for row in tsv.splitlines()[1:]:
        c = row.split("\t")
        if len(c) == 12 and c[0] == "5" and c[11].strip():
            out.append((c[11], int(c[6]), int(c[7]), int(c[8]), int(c[9]), (c[2], c[3], c[4])))
    return out


def handwrite(page, box, text, r):
    """Paints the typed digits at box (x, y, w, h) out and writes text over them by hand (a slanted script, blue)."""
    x, y, w, h = box
    ImageDraw.Draw(page).rectangle((x - 2, y - 2, x + w - 1, y + h + 2), fill=(255, 255, 255))
    size = int(h * r.uniform(1.5, 1.9))
    font = ImageFont.truetype(HAND, size)
    glyphs = Image.new("RGBA", (w * 3 + size, size * 2), (0, 0, 0, 0))
    ImageDraw.Draw(glyphs).text((4, size // 4), text, font=font, fill=(30, 45, 150, 255))
    glyphs = glyphs.rotate(r.uniform(-6, 6), resample=Image.BICUBIC)
    bbox = glyphs.getbbox()
    if bbox:
        glyphs = glyphs.crop(bbox)
    page.paste(glyphs, (x + r.randint(-4, 6), y + h - glyphs.height + r.randint(2, 8)), glyphs)


def fill_blanks(page, path, r):
    """The number after "Số:" and the day and month of "ngày D tháng M" are written by hand (on page 1)."""
    ws = words(path)
    # The place-date line: "Hà Nội, ngày ..." (a place ending in a comma before "ngày"); citations' dates stay typed.
    dated = {ws[i][5] for i in range(1, len(ws)) if ws[i][0] == "ngày" and ws[i - 1][0].endswith(",")}
    for i, (text, x, y, w, h, line) in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if nxt[5] != line:
            continue
        if text.startswith("Số") and text.endswith(":"):
            digits = re.match(r"\d+", nxt[0])
            if digits:
                share = len(digits.group(0)) / max(1, len(nxt[0]))
                handwrite(page, (nxt[1], nxt[2], int(nxt[3] * share), nxt[4]), digits.group(0), r)
        if text in ("ngày", "tháng") and nxt[0].isdigit() and line in dated:
            handwrite(page, nxt[1:5], nxt[0], r)


def scanner_edge(page, r):
    """The scanner lid's dark band along one side of the page, its inner edge ragged."""
    w, h = page.size
    side = r.choice(["left", "right", "top"])
    d = ImageDraw.Draw(page)
    depth = r.randint(25, 60)
    for k in range(0, h if side != "top" else w, 8):
        e = depth + r.randint(-6, 6)
        tone = (r.randint(20, 60),) * 3
        if side == "left":
            d.rectangle((0, k, e, k + 8), fill=tone)
        elif side == "right":
            d.rectangle((w - e, k, w, k + 8), fill=tone)
        else:
            d.rectangle((k, 0, k + 8, e), fill=tone)


def gov(variant):
    r = random.Random("ocr-pairs:gov:" + name)
    files = []
    for i, path in enumerate(clean):
        page = Image.open(path).convert("RGB")
        if i == 0:
            fill_blanks(page, path, r)
        if i == len(clean) - 1:
            # The signature block: the last lines of the right half (its title and the signer's name).
            bottom = ink_box(page, page.width // 2, int(page.height * 0.3))
            box = bottom and ink_box(page, page.width // 2, max(int(page.height * 0.3), bottom[3] - int(DPI * 1.3)))
            if box:
                size = int(DPI * r.uniform(1.35, 1.6))
                cx = box[0] + r.randint(-20, 120)
                cy = (box[1] + box[3]) // 2 + r.randint(-60, 40)
                page = multiply(page, signature(int(DPI * 1.5), int(DPI * 0.55), (30, 50, 170, 255)), (cx + 40, cy - 120))
                page = multiply(page, seal(size, (210, 30, 40, 225)), (cx - size // 2, cy - size // 2))
        if r.random() < 0.7:
            scanner_edge(page, r)
        page = page.rotate(r.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(255, 255, 255)).filter(ImageFilter.GaussianBlur(0.8))
        if variant == "gov-grey":
            page = page.convert("L")
        out = os.path.join(tmp, f"{variant}-{i}.jpg")
        page.save(out, quality=65, dpi=(DPI, DPI))
        files.append(out)
    save_pair(variant, images=files)


def text_rows(grey, lo, hi):
    """The text lines between rows lo and hi of a clean grey page: (top, bottom) of each run of rows holding ink."""
    profile = list(grey.resize((1, grey.height), Image.BOX).getdata())
    rows, start = [], None
    for y in range(lo, hi):
        inked = profile[y] < 250
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            if y - start >= 8:
                rows.append((start, y))
            start = None
    return rows


def ruling_lines(page, r):
    """A table's ruling lines drawn around a block of 4-7 body lines: a rule in every gap, one above, one below,
    and the two sides (the text is that of the document: only the rules are added, the truth does not change)."""
    grey = page.convert("L")
    rows = text_rows(grey, int(page.height * 0.28), int(page.height * 0.78))
    if len(rows) < 5:
        return
    n = r.randint(4, min(7, len(rows)))
    k = r.randint(0, len(rows) - n)
    block = rows[k:k + n]
    top, bottom = block[0][0], block[-1][1]
    columns = list(grey.crop((0, top, page.width, bottom)).resize((page.width, 1), Image.BOX).getdata())
    inked = [x for x, v in enumerate(columns) if v < 252]
    left, right = inked[0] - r.randint(12, 25), inked[-1] + r.randint(12, 25)
    ys = [top - r.randint(8, 14)] + [(a[1] + b[0]) // 2 for a, b in zip(block, block[1:])] + [bottom + r.randint(8, 14)]
    d = ImageDraw.Draw(page)
    width = r.randint(2, 4)
    for y in ys:
        d.line([(left, y), (right, y)], fill=(35, 35, 35), width=width)
    for x in (left, right):
        d.line([(x, ys[0]), (x, ys[-1])], fill=(35, 35, 35), width=width)


def photocopy(grey, r, thick):
    """One generation of a photocopier: the image blurred, toner noise added, then a steep threshold; a high
    threshold thickens the strokes (and fills the counters), a low one breaks thin strokes and marks."""
    g = grey.filter(ImageFilter.GaussianBlur(r.uniform(0.9, 1.4)))
    noise = Image.effect_noise(g.size, r.uniform(70, 100)).filter(ImageFilter.GaussianBlur(1.2))
    g = ImageChops.add(g, noise, 1.0, -128)
    t = r.randint(160, 185) if thick else r.randint(85, 105)
    return g.point(lambda v: 0 if v < t - 25 else 255 if v > t + 25 else (v - t + 25) * 255 // 50)


def speckle(grey, r):
    """Toner specks: isolated dots of one to a few pixels over the whole sheet."""
    dots = Image.effect_noise(grey.size, r.uniform(31, 35)).point(lambda v: 0 if v == 0 else 255)
    dots = dots.filter(ImageFilter.MinFilter(3))
    return ImageChops.multiply(grey, dots)


def streaks(grey, r):
    """A dirty drum's toner streaks: one to three thin vertical bands of grey along part of the sheet."""
    layer = Image.new("L", grey.size, 255)
    d = ImageDraw.Draw(layer)
    w, h = grey.size
    for _ in range(r.randint(1, 3)):
        x = r.randint(int(w * 0.05), int(w * 0.95))
        y0, y1 = r.randint(0, h // 2), r.randint(h // 2, h)
        d.rectangle((x, y0, x + r.randint(2, 6), y1), fill=r.randint(110, 190))
    return ImageChops.multiply(grey, layer.filter(ImageFilter.GaussianBlur(1)))


def bleed_through(grey, back, r):
    """The back page showing through thin paper: the back's text mirrored, blurred and faint."""
    strength = r.uniform(0.12, 0.24)
    back = ImageOps.mirror(back.resize(grey.size)).filter(ImageFilter.GaussianBlur(r.uniform(1.5, 3)))
    back = back.point(lambda v: 255 - int((255 - v) * strength))
    return ImageChops.multiply(grey, back)


def shading(size, r, shadow):
    """Light over the sheet: a gentle gradient, and (shadow) a dark band along the binding side."""
    w, h = size
    light = Image.linear_gradient("L").rotate(r.choice([0, 90, 180, 270]))
    lo = r.randint(25, 45)
    light = light.resize(size).point(lambda v: 255 - v * lo // 255)
    if shadow:
        depth = r.uniform(0.06, 0.12)
        darkest = r.uniform(0.35, 0.55)
        ramp = Image.linear_gradient("L").rotate(90).resize((int(w * depth), h))  # dark at the page's edge
        ramp = ramp.point(lambda v: int(255 * (darkest + (1 - darkest) * (1 - v / 255) ** 2)))
        band = Image.new("L", size, 255)
        band.paste(ramp, (0, 0))
        if r.random() < 0.5:
            band = ImageOps.mirror(band)
        light = ImageChops.multiply(light, band)
    return light


def copied_sheet(i, path, r):
    """The sheet an office scans: the document page with its handwriting, seal, signature and table rules,
    photocopied twice in grey, speckled, streaked, its back page bleeding through."""
    page = Image.open(path).convert("RGB")
    if i == 0:
        fill_blanks(page, path, r)
    if i == (1 if len(clean) > 1 else 0):
        ruling_lines(page, r)
    if i == len(clean) - 1:
        bottom = ink_box(page, page.width // 2, int(page.height * 0.3))
        box = bottom and ink_box(page, page.width // 2, max(int(page.height * 0.3), bottom[3] - int(DPI * 1.3)))
        if box:
            size = int(DPI * r.uniform(1.4, 1.65))
            cx = box[0] + r.randint(-20, 120)
            cy = (box[1] + box[3]) // 2 + r.randint(-60, 40)
            ink = (25, 40, 140, 255)
            page = multiply(page, signature(int(DPI * 1.5), int(DPI * 0.6), ink), (cx + 40, cy - 130))
            # A second scribble across the signer's name (the last line of the block).
            page = multiply(page, signature(int(DPI * 1.2), int(DPI * 0.35), ink), (box[0] + r.randint(0, 80), box[3] - int(DPI * 0.25)))
            page = multiply(page, seal(size, (200, 25, 35, 255)), (cx - size // 2, cy - size // 2))
    grey = page.convert("L")
    thick = r.random() < 0.5
    grey = photocopy(grey, r, thick)
    grey = photocopy(grey, r, thick if r.random() < 0.7 else not thick)
    grey = speckle(grey, r)
    if r.random() < 0.5:
        grey = streaks(grey, r)
    back = clean[i + 1] if i + 1 < len(clean) else clean[max(0, i - 1)]
    if r.random() < 0.8:
        grey = bleed_through(grey, Image.open(back).convert("L"), r)
    return grey


def copy(variant):
    files = []
    for i, path in enumerate(clean):
        grey = copied_sheet(i, path, random.Random(f"ocr-pairs:copy:{name}:{i}"))
        r = random.Random(f"ocr-pairs:{variant}:{name}:{i}")
        w, h = grey.size
        if variant == "copy":
            grey = ImageChops.multiply(grey, shading(grey.size, r, shadow=r.random() < 0.7))
            grey = grey.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
            dpi = 150 if r.random() < 0.3 else 200
            page = grey.resize((w * dpi // DPI, h * dpi // DPI), Image.LANCZOS)
            quality = r.randint(35, 50)
        else:
            page = ImageChops.multiply(Image.merge("RGB", [grey] * 3), Image.new("RGB", grey.size, (250, 238, 210)))
            light = shading(grey.size, r, shadow=r.random() < 0.6)
            page = ImageChops.multiply(page, Image.merge("RGB", [light] * 3))
            d = int(w * r.uniform(0.02, 0.035))
            coeffs = perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], [(-d, 0), (w + d, 0), (w, h), (0, h)])
            page = page.transform(page.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(120, 120, 120))
            page = page.rotate(r.choice([-1, 1]) * r.uniform(1, 2.5), resample=Image.BICUBIC, fillcolor=(120, 120, 120))
            page = page.filter(ImageFilter.GaussianBlur(0.7))
            dpi = 200
            page = page.resize((w * dpi // DPI, h * dpi // DPI), Image.LANCZOS)
            quality = 55
        out = os.path.join(tmp, f"{variant}-{i}.jpg")
        page.save(out, quality=quality, dpi=(dpi, dpi))
        files.append(out)
    save_pair(variant, images=files)


def stamped():
    files = []
    for i, path in enumerate(clean):
        page = Image.open(path).convert("RGB")
        if i == len(clean) - 1:
            box = ink_box(page, page.width // 2, int(page.height * 0.35))
            if box:
                size = int(DPI * 1.5)  # a 3.8 cm seal
                cx = box[0] + rng.randint(-40, 80)
                cy = (box[1] + box[3]) // 2
                page = multiply(page, signature(int(DPI * 1.6), int(DPI * 0.6), (35, 55, 175, 255)), (cx + 60, cy - 150))
                page = multiply(page, seal(size, (205, 32, 38, 235)), (cx - size // 2, cy - size // 2))
        page = page.rotate(1.2, resample=Image.BICUBIC, fillcolor=(255, 255, 255)).filter(ImageFilter.GaussianBlur(0.7))
        out = os.path.join(tmp, f"stamped-{i}.jpg")
        page.save(out, quality=70, dpi=(DPI, DPI))
        files.append(out)
    save_pair("stamped", images=files)


def photo():
    files = []
    for i, path in enumerate(clean):
        page = Image.open(path).convert("RGB")
        w, h = page.size
        paper = Image.new("RGB", page.size, (250, 238, 210))
        from PIL import ImageChops
        page = ImageChops.multiply(page, paper)
        # The gradient is turned while square, then stretched: turning the page-sized one by 90° left black bands.
        light = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270]))
        light = light.resize(page.size).point(lambda v: 255 - v * 70 // 255)
        page = ImageChops.multiply(page, Image.merge("RGB", [light] * 3))
        # Perspective: the top edge narrower than the bottom, as a phone held above the page.
        d = int(w * 0.05)
        coeffs = perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], [(-d, 0), (w + d, 0), (w, h), (0, h)])
        page = page.transform(page.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(120, 120, 120))
        page = page.rotate(2.5, resample=Image.BICUBIC, fillcolor=(120, 120, 120)).filter(ImageFilter.GaussianBlur(1.0))
        out = os.path.join(tmp, f"photo-{i}.jpg")
        page.save(out, quality=80, dpi=(DPI, DPI))
        files.append(out)
    save_pair("photo", images=files)


def desk():
    from PIL import ImageChops
    r = random.Random("ocr-pairs:desk:" + name)  # its own: the other variants stay as they were
    files = []
    for i, path in enumerate(clean):
        page = Image.open(path).convert("RGB")
        w, h = page.size
        page = ImageChops.multiply(page, Image.new("RGB", page.size, (248, 242, 228)))
        # The desk: a brown, noisy texture.
        small = (w // 8, h // 8)
        grain = Image.frombytes("L", small, bytes(r.randrange(100, 200) for _ in range(small[0] * small[1])))
        grain = grain.resize((w, h), Image.BICUBIC)
        desk = Image.merge("RGB", [grain.point(lambda v, k=k: max(0, min(255, v * k // 255 + 20))) for k in (150, 110, 80)])
        # Where the sheet's corners land: top narrower than the bottom (a phone held above the near edge).
        j = lambda lo, hi: r.uniform(lo, hi)
        quad = [(w * j(0.08, 0.12), h * j(0.05, 0.08)), (w * j(0.88, 0.92), h * j(0.04, 0.07)),
                (w * j(0.96, 0.98), h * j(0.93, 0.96)), (w * j(0.02, 0.04), h * j(0.94, 0.97))]
        coeffs = perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], quad)
        sheet = page.convert("RGBA").transform(page.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0, 0))
        desk.paste(sheet, (0, 0), sheet)
        light = Image.linear_gradient("L").rotate(r.choice([0, 90, 180, 270]))
        light = light.resize(page.size).point(lambda v: 255 - v * 60 // 255)
        photo = ImageChops.multiply(desk, Image.merge("RGB", [light] * 3)).filter(ImageFilter.GaussianBlur(0.8))
        out = os.path.join(tmp, f"desk-{i}.jpg")
        photo.save(out, quality=80, dpi=(DPI, DPI))
        files.append(out)
    save_pair("desk", images=files)


def perspective_coeffs(src_pts, dst_pts):
    """PIL's perspective coefficients mapping output points (dst) back to input points (src)."""
    rows = []
    for (x, y), (u, v) in zip(dst_pts, src_pts):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    a = [r[:] for r in rows]
    for c in range(n):  # Gauss-Jordan
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [a[r][n] / a[r][r] for r in range(n)]


def turned(variant, degrees):
    files = []
    for i, path in enumerate(degraded):
        out = os.path.join(tmp, f"{variant}-{i}.jpg")
        Image.open(path).rotate(degrees, expand=True).save(out, quality=75, dpi=(DPI, DPI))
        files.append(out)
    save_pair(variant, images=files)


def lowres():
    files = []
    for i, path in enumerate(degraded):
        page = Image.open(path)
        out = os.path.join(tmp, f"lowres-{i}.jpg")
        page.resize((page.width // 2, page.height // 2), Image.LANCZOS).save(out, quality=75, dpi=(DPI // 2, DPI // 2))
        files.append(out)
    save_pair("lowres", images=files)


def bilevel_pages():
    TiffImagePlugin.STRIP_SIZE = 1 << 30  # one strip a page: the whole Group 4 code in one piece
    pages = []
    for i, path in enumerate(degraded):
        bw = Image.open(path).convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
        out = os.path.join(tmp, f"g4-{i}.tif")
        bw.save(out, compression="group4", dpi=(DPI, DPI))
        pages.append(out)
    return pages


def g4(pages):
    both = os.path.join(tmp, "g4-all.tif")
    subprocess.run(["tiffcp", *pages, both], check=True)
    subprocess.run(["tiff2pdf", "-o", os.path.join(dest, f"{name}.g4.pdf"), both], check=True)
    open(os.path.join(dest, f"{name}.g4.txt"), "w", encoding="utf-8").write(truth)


def strip(tiff):
    im = Image.open(tiff)
    offsets, counts = im.tag_v2[273], im.tag_v2[279]
    assert len(offsets) == 1, "one strip expected"
    raw = open(tiff, "rb").read()
    inverted = im.tag_v2.get(262, 0) == 1  # BlackIsZero: the code's black runs are white on the page
    return im.size, raw[offsets[0]:offsets[0] + counts[0]], inverted


def jbig2(pages):
    objects = []
    kids = []
    for tiff in pages:
        (w, h), mmr, inverted = strip(tiff)
        seg = lambda num, kind, data: struct.pack(">IBBBI", num, kind, 0, 1, len(data)) + data
        page_info = struct.pack(">IIIIBH", w, h, 0, 0, 0, 0)
        region = struct.pack(">IIIIB", w, h, 0, 0, 0) + bytes([1]) + mmr  # MMR = 1
        stream = seg(0, 48, page_info) + seg(1, 38, region) + seg(2, 49, b"")
        decode = " /Decode [1 0]" if inverted else ""
        wpt, hpt = w * 72 / DPI, h * 72 / DPI
        img = len(objects) + 3
        objects.append(f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                       f"/BitsPerComponent 1 /Filter /JBIG2Decode{decode} /Length {len(stream)} >>".encode()
                       + b"\nstream\n" + stream + b"\nendstream")
        content = f"q {wpt:.2f} 0 0 {hpt:.2f} 0 0 cm /Im0 Do Q".encode()
        objects.append(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {wpt:.2f} {hpt:.2f}] "
                       f"/Resources << /XObject << /Im0 {img} 0 R >> >> /Contents {img + 1} 0 R >>".encode())
        kids.append(img + 2)
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(head + objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    for o in offsets:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    save_pair("jbig2", pdf_bytes=out.getvalue())


wanted = lambda variant: not only or variant in only
if wanted("stamped"):
    stamped()
for v in ("gov", "gov-grey"):
    if wanted(v):
        gov(v)
for v in ("copy", "copy-photo"):
    if wanted(v):
        copy(v)
if wanted("photo"):
    photo()
if wanted("desk"):
    desk()
if wanted("upside-down"):
    turned("upside-down", 180)
if wanted("sideways"):
    turned("sideways", 90)
if wanted("lowres"):
    lowres()
if wanted("g4") or wanted("jbig2"):
    bw = bilevel_pages()
    if wanted("g4"):
        g4(bw)
    if wanted("jbig2"):
        jbig2(bw)
shutil.rmtree(tmp)
