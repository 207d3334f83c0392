// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ferry::gui {

/// Repairs what text extraction reads from a PDF that Qt wrote with a CJK font. Qt's ToUnicode
/// map gives each glyph the lowest code point the font maps to it, and CJK fonts such as Noto
/// Sans CJK map the Kangxi radicals (U+2F00..U+2FD5) to the glyphs of the ideographs they
/// resemble, so 工 (U+5DE5) came out of pdftotext and copy-and-paste as ⼯ (U+2F2F). Every
/// radical in an uncompressed ToUnicode map is replaced by the ideograph it decomposes to;
/// both are four hex digits, so the file keeps its length and its cross-reference table.
/// Returns how many mappings were changed.
int fixCjkToUnicode(QByteArray &pdf);

} // namespace ferry::gui
