// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QPageSize>
#include <QPen>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace ferry::gui {

/// The translation context of the report's page furniture (contents, page numbers).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ferry::gui::Report)
};

/// The paper a report is laid out for.
enum class PaperSize
{
    A4,
    Letter,
};

/// Measures, fonts and colours of a rendered report. Sizes are in typographic points.
struct ReportStyle
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    double dpi = 600; ///< device resolution the layout measures text at
    double marginLeft = 54;
    double marginRight = 54;
    double marginTop = 64;    ///< includes the running header
    double marginBottom = 58; ///< includes the footer
    QStringList families;     ///< font families in order of preference
    double bodyPt = 9.0;
    double tablePt = 8.0;
    double smallPt = 7.0;
    double h1Pt = 17.0;
    double h2Pt = 11.5;
    double titlePt = 28.0;
    double chartHeight = 200; ///< height of a chart block
    QString language = QStringLiteral("en");
    // The words of the page furniture, translated when the style is made, so laying out and
    // painting need no translator (and may run on a worker thread).
    QString contentsTitle = QStringLiteral("Contents");
    QString pageOf = QStringLiteral("Page %1 of %2");
    QString joined = QStringLiteral("%1 · %2");
    QString coverLegend;

    /// The style for a paper and language ("en", "zh_CN"): Chinese text uses Noto Sans CJK SC
    /// first, English DejaVu Sans with the CJK font as fallback. The furniture's words are
    /// translated with the translators in effect now.
    static ReportStyle forReport(PaperSize paper, const QString &language);
    /// Device pixels per point.
    double px() const { return dpi / 72.0; }
    QFont font(double points, bool bold = false) const;
};

/// One entry of the table of contents.
struct ReportTocEntry
{
    int level = 1;  ///< 1 section, 2 subsection
    QString number; ///< "3" for sections, empty for subsections
    QString title;
    int page = 0; ///< 1-based, in the final document
};

/// A report laid out on pages: what to draw where, with the text of every page. The layout is
/// computed once (pages, then the contents with their page numbers, then headers and footers
/// with "Page n of N") and can then be painted on any device of the same resolution.
class ReportLayout final
{
public:
    ReportLayout(ReportStyle style, QPaintDevice *device);
    ~ReportLayout();
    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    /// Lays out the whole report.
    void layout(const model::Report &report);

    int pageCount() const { return int(m_pages.size()); }
    /// Every string drawn on page `index` (0-based), in drawing order.
    const QStringList &pageText(int index) const { return m_pages.at(std::size_t(index)).texts; }
    const QList<ReportTocEntry> &tableOfContents() const { return m_toc; }
    /// The page in device pixels, and the body between header and footer.
    QRectF pageRect() const { return m_pageRect; }
    QRectF bodyRect() const { return m_body; }
    /// Paints page `index` (0-based) with `painter` (which must be active on a device of the
    /// layout's resolution).
    void paint(QPainter &painter, int index) const;

    // The pieces a page is drawn from (public for the implementation files).
    struct Text
    {
        std::shared_ptr<QTextLayout> layout;
        QList<double> tops;    ///< top of each line, relative to the text's top
        QList<double> heights; ///< height of each line
        double height = 0;
        bool isEmpty() const { return tops.isEmpty(); }
    };
    /// One thing drawn on a page.
    struct Item
    {
        enum class Kind
        {
            Text,  ///< lines [first, last) of `layout`, line `first` at `origin`
            Rect,  ///< `rect` filled with `color`
            Line,  ///< `line` drawn with `pen`
            Chart, ///< `chart` drawn into `rect`
        };
        Kind kind = Kind::Rect;
        std::shared_ptr<QTextLayout> layout;
        int first = 0;
        int last = 0;
        QPointF origin;
        double firstTop = 0;
        QColor color;
        QRectF rect;
        QLineF line;
        QPen pen;
        std::shared_ptr<const model::ReportChart> chart;
    };
    struct Page
    {
        std::vector<Item> items;
        QStringList texts;
        bool furniture = true; ///< running header and footer
    };

    /// What page `index` (0-based) draws.
    const Page &page(int index) const { return m_pages.at(std::size_t(index)); }

private:
    // Flow.
    void titlePage(const model::Report &report);
    void section(const model::ReportSection &section, int number);
    void block(const model::ReportBlock &block, double keepWithNext);
    double keepWithNext(const QList<model::ReportBlock> &blocks, qsizetype index) const;
    void newPage();
    void ensure(double height);
    double available() const;
    // Pieces.
    Text text(const QString &text, const QFont &font, double width,
              Qt::Alignment align = Qt::AlignLeft) const;
    void place(const Text &t, double x, double y, int first, int last, const QColor &color);
    void placeFlowing(const Text &t, double x, const QColor &color, double leftBar = 0,
                      const QColor &barColor = {}, const QColor &fill = {});
    void rect(const QRectF &r, const QColor &fill);
    void line(const QLineF &l, const QColor &color, double widthPt,
              Qt::PenStyle style = Qt::SolidLine);
    void table(const model::ReportTable &table);
    struct TableRow
    {
        QList<Text> cells;
        double height = 0;
    };
    static constexpr double kCellPadX = 4; ///< points
    static constexpr double kCellPadY = 3;
    QList<double> columnWidths(const model::ReportTable &table) const;
    TableRow tableRow(const model::ReportTable &table, const QList<double> &widths,
                      const QStringList &texts, bool header) const;
    double tableStart(const model::ReportTable &table) const;
    double minimumStart(const model::ReportBlock &block) const;
    // Contents, header and footer, once the page count is known.
    void contents(int tocPages);
    int contentsPageCount() const;
    void furniture(const model::Report &report);

    ReportStyle m_style;
    QPaintDevice *m_device = nullptr;
    QRectF m_pageRect; ///< device pixels
    QRectF m_body;     ///< between header and footer
    std::vector<Page> m_pages;
    double m_y = 0;
    QList<ReportTocEntry> m_toc;
    QList<int> m_tocBodyPages; ///< 0-based body page of each entry
    int m_bodyStart = 0;       ///< index of the first body page in m_pages while laying out
};

} // namespace ferry::gui
