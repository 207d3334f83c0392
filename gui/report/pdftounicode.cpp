// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/report/pdftounicode.h"

#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QString>

#include <utility>

namespace ferry::gui {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// CJK Radicals Supplement forms that share their glyph with a unified ideograph (the Unicode
// equivalences, as Noto Sans CJK SC draws them); they have no canonical decomposition.
// clang-format off
constexpr std::pair<char16_t, char16_t> kSupplement[] = {
    {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E85, 0x4EBB}, {0x2E89, 0x5202}, {0x2E8F, 0x5C23},
    {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E95, 0x5F50},
    {0x2E96, 0x5FC4}, {0x2E98, 0x624C}, {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9E, 0x6B7A},
    {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B},
    {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD}, {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F},
    {0x2EB1, 0x7F53}, {0x2EB9, 0x8002}, {0x2EBA, 0x8080}, {0x2EBE, 0x8279}, {0x2EC2, 0x8864},
    {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66},
    {0x2ECC, 0x8FB6}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED2, 0x9578}, {0x2ED3, 0x957F},
    {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875},
    {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0}, {0x2EE0, 0x9963},
    {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F},
    {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589},
    {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC}, {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C},
    {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F}
};
// clang-format on

// The ideograph a radical stands for, or 0 when `code` is no radical or stands for none.
char16_t ideographFor(uint code)
{
    if (code < 0x2E80 || code > 0x2FDF)
        return 0;
    for (const auto &[radical, ideograph] : kSupplement) {
        if (radical == code)
            return ideograph;
    }
    const QString d = QChar(char16_t(code)).decomposition();
    if (d.size() != 1 || d.at(0).unicode() < 0x3400)
        return 0;
    return d.at(0).unicode();
}

// Rewrites the four-hex-digit token starting at `at` (just after '<') when it is a radical.
bool fixToken(QByteArray &pdf, qsizetype at)
{
    uint code = 0;
    for (int i = 0; i < 4; ++i) {
        const int v = hexValue(pdf.at(at + i));
        if (v < 0)
            return false;
        code = code * 16 + uint(v);
    }
    const char16_t ideograph = ideographFor(code);
    if (!ideograph)
        return false;
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 0; i < 4; ++i)
        pdf[at + i] = digits[(ideograph >> (12 - 4 * i)) & 0xF];
    return true;
}

// The hex tokens "<XXXX>" of one line: start offsets of their digits.
QList<qsizetype> tokens(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    QList<qsizetype> out;
    for (qsizetype i = from; i + 5 < to; ++i) {
        if (pdf.at(i) == '<' && pdf.at(i + 5) == '>')
            out.append(i + 1);
    }
    return out;
}

int fixMap(QByteArray &pdf, qsizetype begin, qsizetype end)
{
    int fixed = 0;
    enum class Section
    {
        None,
        Char,
        Range
    } section = Section::None;
    qsizetype line = begin;
    while (line < end) {
        qsizetype eol = pdf.indexOf('\n', line);
        if (eol < 0 || eol > end)
            eol = end;
        const QByteArrayView text(pdf.constData() + line, eol - line);
        if (text.endsWith("beginbfchar"))
            section = Section::Char;
        else if (text.endsWith("beginbfrange"))
            section = Section::Range;
        else if (text.startsWith("endbf"))
            section = Section::None;
        else if (section != Section::None) {
            // Only destinations change: the second token of a bfchar line, every token of a
            // bfrange array, and the start of a one-glyph bfrange.
            const QList<qsizetype> t = tokens(pdf, line, eol);
            if (section == Section::Char && t.size() == 2) {
                fixed += fixToken(pdf, t.at(1));
            } else if (section == Section::Range && text.contains('[')) {
                for (qsizetype i = 2; i < t.size(); ++i)
                    fixed += fixToken(pdf, t.at(i));
            } else if (section == Section::Range && t.size() == 3 &&
                       QByteArrayView(pdf.constData() + t.at(0), 4) ==
                           QByteArrayView(pdf.constData() + t.at(1), 4)) {
                fixed += fixToken(pdf, t.at(2));
            }
        }
        line = eol + 1;
    }
    return fixed;
}

} // namespace

int fixCjkToUnicode(QByteArray &pdf)
{
    int fixed = 0;
    qsizetype pos = 0;
    for (;;) {
        pos = pdf.indexOf("/ToUnicode ", pos);
        if (pos < 0)
            break;
        pos += 11;
        qsizetype numEnd = pos;
        while (numEnd < pdf.size() && pdf.at(numEnd) >= '0' && pdf.at(numEnd) <= '9')
            ++numEnd;
        if (numEnd == pos)
            continue;
        const QByteArray header = "\n" + pdf.mid(pos, numEnd - pos) + " 0 obj";
        const qsizetype obj = pdf.indexOf(header);
        if (obj < 0)
            continue;
        const qsizetype stream = pdf.indexOf("stream\n", obj);
        const qsizetype endObj = pdf.indexOf("endobj", obj);
        if (stream < 0 || endObj < 0 || stream > endObj)
            continue;
        // Compressed maps would need re-encoding; Qt writes this one uncompressed.
        if (QByteArrayView(pdf.constData() + obj, stream - obj).contains("/Filter"))
            continue;
        const qsizetype data = stream + 7;
        const qsizetype end = pdf.indexOf("endstream", data);
        if (end < 0 || end > endObj)
            continue;
        fixed += fixMap(pdf, data, end);
    }
    return fixed;
}

} // namespace ferry::gui
