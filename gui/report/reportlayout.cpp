// SPDX-License-Identifier: GPL-3.0-or-later
// The flow of a report: sections start on a new page, headings stay with what follows them,
// paragraphs break between lines, tables between rows (a row taller than a page between its
// lines) with the header row repeated, charts are kept whole.
#include "gui/report/reportlayout.h"

#include "gui/charts/reportcharts.h"
#include "gui/report/reportpalette.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

#include <algorithm>

namespace ferry::gui {

using model::ReportBlock;
using model::ReportTable;
using model::ReportTone;

ReportStyle ReportStyle::forReport(PaperSize paper, const QString &language)
{
    ReportStyle s;
    s.pageSize = QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    s.language = language;
    const bool chinese = language.startsWith(QLatin1String("zh"));
    s.families =
        chinese ? QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")}
                : QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
    if (chinese) {
        // Chinese glyphs are wide and tall: a slightly larger size reads as well as Latin text.
        s.bodyPt = 9.5;
        s.tablePt = 8.5;
    }
    s.contentsTitle = ReportText::tr("Contents");
    s.pageOf = ReportText::tr("Page %1 of %2");
    s.joined = ReportText::tr("%1 · %2", "two footer items side by side");
    s.coverLegend = ReportText::tr(
        "Every fact in this report states its evidence: verified (read from the service, with "
        "time), attested (stated by a named person, with date) or assumed (nothing backs it "
        "yet).");
    return s;
}

QFont ReportStyle::font(double points, bool bold) const
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" in "profile" must stay two letters, so ids copy and search as written.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

ReportLayout::ReportLayout(ReportStyle style, QPaintDevice *device)
    : m_style(std::move(style))
    , m_device(device)
{
    const QSizeF points = m_style.pageSize.sizePoints();
    const double px = m_style.px();
    m_pageRect = QRectF(0, 0, points.width() * px, points.height() * px);
    m_body = QRectF(QPointF(m_style.marginLeft * px, m_style.marginTop * px),
                    QPointF(m_pageRect.width() - m_style.marginRight * px,
                            m_pageRect.height() - m_style.marginBottom * px));
}

ReportLayout::~ReportLayout() = default;

ReportLayout::Text ReportLayout::text(const QString &source, const QFont &font, double width,
                                      Qt::Alignment align) const
{
    Text t;
    QString s = source;
    // QTextLayout breaks lines at U+2028, not at '\n'.
    s.replace(QLatin1Char('\n'), QChar::LineSeparator);
    t.layout = std::make_shared<QTextLayout>(s, font, m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    t.layout->setTextOption(option);
    t.layout->setCacheEnabled(true);
    const double leading = QFontMetricsF(font, m_device).height() * 0.12;
    double y = 0;
    t.layout->beginLayout();
    for (;;) {
        QTextLine l = t.layout->createLine();
        if (!l.isValid())
            break;
        l.setLineWidth(width);
        l.setPosition(QPointF(0, y));
        t.tops.append(y);
        t.heights.append(l.height());
        y += l.height() + leading;
    }
    t.layout->endLayout();
    t.height = t.tops.isEmpty() ? 0 : y - leading;
    return t;
}

void ReportLayout::place(const Text &t, double x, double y, int first, int last,
                         const QColor &color)
{
    if (first >= last)
        return;
    Page &page = m_pages.back();
    Item item;
    item.kind = Item::Kind::Text;
    item.layout = t.layout;
    item.first = first;
    item.last = last;
    item.origin = QPointF(x, y);
    item.firstTop = t.tops.at(first);
    item.color = color;
    page.items.push_back(std::move(item));
    if (page.texts.isEmpty() || page.texts.last() != t.layout->text())
        page.texts.append(t.layout->text().replace(QChar::LineSeparator, QLatin1Char('\n')));
}

void ReportLayout::rect(const QRectF &r, const QColor &fill)
{
    Item item;
    item.kind = Item::Kind::Rect;
    item.rect = r;
    item.color = fill;
    m_pages.back().items.push_back(std::move(item));
}

void ReportLayout::line(const QLineF &l, const QColor &color, double widthPt, Qt::PenStyle style)
{
    Item item;
    item.kind = Item::Kind::Line;
    item.line = l;
    item.pen = QPen(color, widthPt * m_style.px(), style, Qt::FlatCap);
    m_pages.back().items.push_back(std::move(item));
}

void ReportLayout::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

double ReportLayout::available() const
{
    return m_body.bottom() - m_y;
}

void ReportLayout::ensure(double height)
{
    if (height > available() && m_y > m_body.top() + 0.5)
        newPage();
}

// Lines of a text flowing down the page, continuing on the next page where needed; an optional
// coloured bar and fill mark notes.
void ReportLayout::placeFlowing(const Text &t, double x, const QColor &color, double leftBar,
                                const QColor &barColor, const QColor &fill)
{
    const double px = m_style.px();
    const double pad = leftBar > 0 ? 5 * px : 0;
    int first = 0;
    while (first < t.tops.size()) {
        int last = first;
        const double base = t.tops.at(first);
        while (last < t.tops.size() &&
               m_y + pad + (t.tops.at(last) - base) + t.heights.at(last) + pad <= m_body.bottom())
            ++last;
        if (last == first) {
            if (m_y > m_body.top() + 0.5) {
                newPage();
                continue;
            }
            last = first + 1; // a line taller than a page: place it anyway
        }
        const double h = t.tops.at(last - 1) - base + t.heights.at(last - 1) + 2 * pad;
        if (fill.isValid())
            rect(QRectF(m_body.left(), m_y, m_body.width(), h), fill);
        if (leftBar > 0)
            rect(QRectF(m_body.left(), m_y, leftBar, h), barColor);
        place(t, x, m_y + pad, first, last, color);
        m_y += h;
        first = last;
        if (first < t.tops.size())
            newPage();
    }
}

double ReportLayout::minimumStart(const ReportBlock &b) const
{
    const double px = m_style.px();
    switch (b.kind) {
    case ReportBlock::Kind::Chart:
        return m_style.chartHeight * px;
    case ReportBlock::Kind::Table:
        return tableStart(b.table);
    case ReportBlock::Kind::Heading:
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Note:
        return 3 * 1.4 * m_style.bodyPt * px;
    }
    return 0;
}

void ReportLayout::section(const model::ReportSection &s, int number)
{
    const double px = m_style.px();
    if (m_y > m_body.top() + 0.5 || m_pages.size() <= std::size_t(m_bodyStart))
        newPage();
    const QString num = QString::number(number);
    m_toc.append({1, num, s.title, 0});
    m_tocBodyPages.append(int(m_pages.size()) - 1);
    const QFont f = m_style.font(m_style.h1Pt, true);
    const double numW = QFontMetricsF(f, m_device).horizontalAdvance(QStringLiteral("00")) + 6 * px;
    const Text n = text(num, f, numW);
    const Text t = text(s.title, f, m_body.width() - numW);
    place(n, m_body.left(), m_y, 0, int(n.tops.size()), palette::kBrand);
    place(t, m_body.left() + numW, m_y, 0, int(t.tops.size()), palette::kInk);
    m_y += std::max(n.height, t.height) + 5 * px;
    line(QLineF(m_body.left(), m_y, m_body.right(), m_y), palette::kBrand, 1.2);
    m_y += 12 * px;
    for (qsizetype i = 0; i < s.blocks.size(); ++i)
        block(s.blocks.at(i), keepWithNext(s.blocks, i));
}

// The room the blocks after a heading need on the same page: notes that introduce what
// follows stay with it, and the first table rows, lines or chart come along.
double ReportLayout::keepWithNext(const QList<ReportBlock> &blocks, qsizetype index) const
{
    if (blocks.at(index).kind != ReportBlock::Kind::Heading)
        return 0;
    const double px = m_style.px();
    double h = 0;
    for (qsizetype j = index + 1; j < blocks.size(); ++j) {
        const ReportBlock &b = blocks.at(j);
        if (b.kind == ReportBlock::Kind::Note) {
            h += text(b.text, m_style.font(m_style.bodyPt), m_body.width() - 17 * px).height +
                 18 * px;
            continue;
        }
        h += minimumStart(b);
        break;
    }
    return std::min(h, m_body.height() * 0.6);
}

void ReportLayout::block(const ReportBlock &b, double keep)
{
    const double px = m_style.px();
    switch (b.kind) {
    case ReportBlock::Kind::Heading: {
        const Text t = text(b.text, m_style.font(m_style.h2Pt, true), m_body.width());
        const double before = m_y > m_body.top() + 0.5 ? 10 * px : 0;
        ensure(before + t.height + 6 * px + keep);
        if (m_y > m_body.top() + 0.5)
            m_y += before;
        m_toc.append({2, QString(), b.text, 0});
        m_tocBodyPages.append(int(m_pages.size()) - 1);
        place(t, m_body.left(), m_y, 0, int(t.tops.size()), palette::kBrand);
        m_y += t.height + 6 * px;
        break;
    }
    case ReportBlock::Kind::Paragraph: {
        const Text t = text(b.text, m_style.font(m_style.bodyPt), m_body.width());
        placeFlowing(t, m_body.left(), palette::kInk);
        m_y += 7 * px;
        break;
    }
    case ReportBlock::Kind::Note: {
        const double bar = 3 * px;
        const Text t = text(b.text, m_style.font(m_style.bodyPt), m_body.width() - bar - 14 * px);
        ensure(std::min(t.height + 10 * px, m_body.height()));
        placeFlowing(t, m_body.left() + bar + 8 * px, palette::ink(b.tone), bar,
                     palette::accent(b.tone), palette::tint(b.tone, true));
        m_y += 8 * px;
        break;
    }
    case ReportBlock::Kind::Table:
        table(b.table);
        m_y += 9 * px;
        break;
    case ReportBlock::Kind::Chart: {
        if (!b.chart)
            break;
        // Two lanes of runs need less height than a curve.
        const double h = m_style.chartHeight * px *
                         (b.chart->kind == model::ReportChart::Kind::SmcRuns ? 0.7 : 1.0);
        ensure(h);
        Item item;
        item.kind = Item::Kind::Chart;
        item.chart = b.chart;
        item.rect = QRectF(m_body.left(), m_y, m_body.width(), h);
        m_pages.back().items.push_back(std::move(item));
        m_pages.back().texts.append(reportChartLabels(*b.chart));
        m_y += h + 10 * px;
        break;
    }
    }
}

QList<double> ReportLayout::columnWidths(const ReportTable &tbl) const
{
    double total = 0;
    for (double w : tbl.widths)
        total += w;
    QList<double> widths;
    for (double w : tbl.widths)
        widths.append(m_body.width() * w / (total > 0 ? total : 1));
    return widths;
}

ReportLayout::TableRow ReportLayout::tableRow(const ReportTable &tbl, const QList<double> &widths,
                                              const QStringList &texts, bool header) const
{
    const double px = m_style.px();
    const QFont body = m_style.font(m_style.tablePt);
    const QFont bold = m_style.font(m_style.tablePt, true);
    TableRow r;
    for (int c = 0; c < widths.size(); ++c) {
        const bool label = header || (tbl.keyValue && c == 0);
        r.cells.append(text(c < texts.size() ? texts.at(c) : QString(), label ? bold : body,
                            widths.at(c) - 2 * kCellPadX * px,
                            tbl.numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft));
        r.height = std::max(r.height, r.cells.last().height + 2 * kCellPadY * px);
    }
    return r;
}

// The room a table needs on its first page: all of it when it is short enough to be kept whole
// (see table()), else its header and first row. Measures only as many rows as that takes.
double ReportLayout::tableStart(const ReportTable &tbl) const
{
    const QList<double> widths = columnWidths(tbl);
    const double header =
        tbl.headers.isEmpty() ? 0 : tableRow(tbl, widths, tbl.headers, true).height;
    const double limit = m_body.height() * (tbl.keyValue ? 1.0 : 0.4);
    double total = header;
    double first = 0;
    for (const auto &cells : tbl.rows) {
        QStringList texts;
        for (const model::ReportCell &c : cells)
            texts.append(c.text);
        const double h = tableRow(tbl, widths, texts, false).height;
        if (first == 0)
            first = h;
        total += h;
        if (total > limit)
            return header + std::min(first, m_body.height() / 3);
    }
    return total;
}

void ReportLayout::table(const ReportTable &tbl)
{
    const double px = m_style.px();
    const int cols = tbl.columnCount();
    if (cols == 0)
        return;
    const QList<double> widths = columnWidths(tbl);
    QList<double> lefts;
    double x = m_body.left();
    for (double w : widths) {
        lefts.append(x);
        x += w;
    }
    const double padX = kCellPadX * px;
    const double padY = kCellPadY * px;
    using Row = TableRow;
    const auto makeRow = [&](const QStringList &texts, bool header) {
        return tableRow(tbl, widths, texts, header);
    };
    const bool hasHeader = !tbl.headers.isEmpty();
    const Row header = hasHeader ? makeRow(tbl.headers, true) : Row{};
    const auto drawHeader = [&]() {
        if (!hasHeader)
            return;
        rect(QRectF(m_body.left(), m_y, m_body.width(), header.height), palette::kHeaderFill);
        for (int c = 0; c < cols; ++c)
            place(header.cells.at(c), lefts.at(c) + padX, m_y + padY, 0,
                  int(header.cells.at(c).tops.size()), palette::kHeaderInk);
        m_y += header.height;
    };

    const double fullPage = m_body.height() - header.height;
    std::vector<Row> rows;
    rows.reserve(std::size_t(tbl.rows.size()));
    double tableHeight = header.height;
    for (const auto &cells : tbl.rows) {
        QStringList texts;
        for (const model::ReportCell &c : cells)
            texts.append(c.text);
        rows.push_back(makeRow(texts, false));
        tableHeight += rows.back().height;
    }
    // Short tables stay whole (a fact list split after one row reads badly); long ones break
    // between rows.
    if (tableHeight <= m_body.height() * (tbl.keyValue ? 1.0 : 0.4))
        ensure(tableHeight);
    bool first = true;
    int index = 0;
    for (const auto &cells : tbl.rows) {
        const Row &row = rows.at(std::size_t(index));
        const bool zebra = index++ % 2 == 1;
        if (first) {
            ensure(header.height + (row.height <= fullPage ? row.height : fullPage / 3));
            drawHeader();
            first = false;
        } else if (row.height > available() && row.height <= fullPage) {
            newPage();
            drawHeader();
        }
        // Place the row; one taller than the space left is split between lines and continues
        // on the next page under a repeated header.
        QList<int> next(cols, 0);
        bool firstPiece = true;
        for (;;) {
            QList<int> upto(cols, 0);
            double used = 0;
            bool all = true;
            bool progress = false;
            for (int c = 0; c < cols; ++c) {
                const Text &t = row.cells.at(c);
                int last = next.at(c);
                const double base = last < t.tops.size() ? t.tops.at(last) : 0;
                while (last < t.tops.size() &&
                       m_y + padY + t.tops.at(last) - base + t.heights.at(last) + padY <=
                           m_body.bottom() + 0.01)
                    ++last;
                upto[c] = last;
                all = all && last >= t.tops.size();
                if (last > next.at(c)) {
                    progress = true;
                    used = std::max(used,
                                    t.tops.at(last - 1) - base + t.heights.at(last - 1) + 2 * padY);
                }
            }
            if (!progress && !all) {
                if (m_y > m_body.top() + header.height + 0.5) {
                    newPage();
                    drawHeader();
                    continue;
                }
                // A single line taller than a page: place one line of each cell regardless.
                all = true;
                for (int c = 0; c < cols; ++c) {
                    const Text &t = row.cells.at(c);
                    upto[c] = std::min<int>(next.at(c) + 1, int(t.tops.size()));
                    all = all && upto.at(c) >= t.tops.size();
                }
                used = available();
            }
            if (all && firstPiece)
                used = row.height;
            const QRectF band(m_body.left(), m_y, m_body.width(), used);
            if (zebra)
                rect(band, palette::kZebra);
            for (int c = 0; c < cols; ++c) {
                const model::ReportCell cell = c < cells.size() ? cells.at(c) : model::ReportCell{};
                // Evidence is read, not scanned for: only state cells are tinted.
                const QColor tint = cell.evidence ? QColor() : palette::tint(cell.tone, false);
                if (tint.isValid())
                    rect(QRectF(lefts.at(c), m_y, widths.at(c), used), tint);
                else if (tbl.keyValue && c == 0)
                    rect(QRectF(lefts.at(c), m_y, widths.at(c), used), palette::kLabelFill);
                place(row.cells.at(c), lefts.at(c) + padX, m_y + padY, next.at(c), upto.at(c),
                      tbl.keyValue && c == 0 ? palette::kLabelInk : palette::ink(cell.tone));
            }
            m_y += used;
            line(QLineF(m_body.left(), m_y, m_body.right(), m_y), palette::kRule, 0.4);
            if (all)
                break;
            next = upto;
            firstPiece = false;
            newPage();
            drawHeader();
        }
    }
    if (first) // a table without rows still shows its header
        drawHeader();
}

} // namespace ferry::gui
