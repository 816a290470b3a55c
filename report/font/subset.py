#!/usr/bin/python3
"""Makes report/font/NotoSansSC-subset.ttf: the glyphs of printable ASCII and
of chars.txt from Noto Sans CJK SC Regular (SIL OFL 1.1), with outlines
converted from CFF to TrueType so that every Go font package reads them.

    apt-get install fonts-noto-cjk python3-fonttools
    /usr/bin/python3 report/font/subset.py

The source is Debian's fonts-noto-cjk (NotoSansCJK-Regular.ttc, face 2 is
SC). Add a character to chars.txt when a chart label needs it and rerun;
TestFontHasLabelRunes fails until then.
"""
import os
from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

here = os.path.dirname(os.path.abspath(__file__))
src = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
with open(os.path.join(here, "chars.txt"), encoding="utf-8") as f:
    chars = set(f.read()) - set("\n\r")
chars |= {chr(c) for c in range(0x20, 0x7F)}

font = TTFont(src, fontNumber=2)  # Noto Sans CJK SC
opts = subset.Options()
opts.hinting = False
opts.desubroutinize = True
opts.layout_features = []
opts.name_IDs = ["*"]  # keep the copyright and licence names
opts.notdef_outline = True
sub = subset.Subsetter(opts)
sub.populate(unicodes=[ord(c) for c in chars])
sub.subset(font)

# CFF to TrueType (fontTools' Snippets/otf2ttf.py).
order = font.getGlyphOrder()
glyphset = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyphset)
    glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyphs[name] = pen.glyph()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs
del font["CFF "]
for t in ("VORG", "vhea", "vmtx"):
    if t in font:
        del font[t]
glyf.compile(font)
font["maxp"] = maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
for k in ("maxZones",):
    setattr(maxp, k, 1)
for k in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
          "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, k, 0)
font["post"].formatType = 3.0
font.sfntVersion = "\000\001\000\000"
font.save(os.path.join(here, "NotoSansSC-subset.ttf"))
