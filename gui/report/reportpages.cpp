// SPDX-License-Identifier: GPL-3.0-or-later
// The title page, the table of contents with page numbers, the running header and footer with
// "Page n of N", and painting the laid-out pages.
#include "gui/charts/reportcharts.h"
#include "gui/report/reportlayout.h"
#include "gui/report/reportpalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace ferry::gui {

namespace {

double tocLineHeight(const ReportStyle &style, int level)
{
    return (level == 1 ? 1.9 : 1.5) * style.bodyPt * style.px();
}

double contentsTitleHeight(const ReportStyle &style)
{
    return style.h1Pt * style.px() * 1.6 + 14 * style.px();
}

} // namespace

void ReportLayout::layout(const model::Report &report)
{
    m_pages.clear();
    m_toc.clear();
    m_tocBodyPages.clear();
    titlePage(report);
    m_bodyStart = int(m_pages.size());
    for (qsizetype i = 0; i < report.sections.size(); ++i)
        section(report.sections.at(i), int(i) + 1);

    const int tocPages = contentsPageCount();
    for (qsizetype i = 0; i < m_toc.size(); ++i)
        m_toc[i].page = m_tocBodyPages.at(i) + tocPages + 1;
    std::vector<Page> body(std::make_move_iterator(m_pages.begin() + m_bodyStart),
                           std::make_move_iterator(m_pages.end()));
    m_pages.resize(std::size_t(m_bodyStart));
    contents(tocPages);
    for (Page &p : body)
        m_pages.push_back(std::move(p));
    furniture(report);
}

void ReportLayout::titlePage(const model::Report &report)
{
    const double px = m_style.px();
    m_pages.emplace_back();
    m_pages.back().furniture = false;
    const double left = m_body.left();
    const double width = m_body.width();
    const double bandHeight = 270 * px;
    rect(QRectF(0, 0, m_pageRect.width(), bandHeight), palette::kBrand);
    rect(QRectF(0, bandHeight, m_pageRect.width(), 4 * px), QColor(0x4f, 0x8f, 0xd0));

    double y = 64 * px;
    const Text brand =
        text(QStringLiteral("FERRY"), m_style.font(m_style.smallPt + 1, true), width);
    place(brand, left, y, 0, int(brand.tops.size()), QColor(0xa9, 0xc4, 0xe6));
    y += brand.height + 18 * px;
    const Text title = text(report.title, m_style.font(m_style.titlePt, true), width);
    place(title, left, y, 0, int(title.tops.size()), Qt::white);
    y += title.height + 10 * px;
    const Text plan = text(report.planName, m_style.font(16), width);
    place(plan, left, y, 0, int(plan.tops.size()), Qt::white);
    y += plan.height + 8 * px;
    const Text sub = text(report.subtitle, m_style.font(m_style.bodyPt + 0.5), width);
    place(sub, left, y, 0, int(sub.tops.size()), QColor(0xc9, 0xd6, 0xe8));

    m_y = bandHeight + 36 * px;
    const double labelW = width * 0.32;
    for (const auto &[label, value] : report.coverFacts) {
        const Text l = text(label, m_style.font(m_style.bodyPt, true), labelW - 8 * px);
        const Text v = text(value, m_style.font(m_style.bodyPt), width - labelW);
        place(l, left, m_y, 0, int(l.tops.size()), palette::kMutedInk);
        place(v, left + labelW, m_y, 0, int(v.tops.size()), palette::kInk);
        m_y += std::max(l.height, v.height) + 6 * px;
        line(QLineF(left, m_y - 3 * px, left + width, m_y - 3 * px), palette::kRule, 0.4);
    }
    m_y += 14 * px;
    if (!report.coverVerdict.isEmpty()) {
        const double bar = 4 * px;
        const Text v = text(report.coverVerdict, m_style.font(m_style.bodyPt + 1.5, true),
                            width - bar - 20 * px);
        const double h = v.height + 18 * px;
        rect(QRectF(left, m_y, width, h), palette::tint(report.coverTone, true));
        rect(QRectF(left, m_y, bar, h), palette::accent(report.coverTone));
        place(v, left + bar + 12 * px, m_y + 9 * px, 0, int(v.tops.size()),
              palette::ink(report.coverTone));
        m_y += h + 18 * px;
    }
    const Text legend = text(m_style.coverLegend, m_style.font(m_style.smallPt + 0.5), width);
    place(legend, left, m_y, 0, int(legend.tops.size()), palette::kMutedInk);

    const Text foot = text(m_style.joined.arg(report.generatedLine, report.confidentiality),
                           m_style.font(m_style.smallPt), width);
    place(foot, left, m_body.bottom() - foot.height, 0, int(foot.tops.size()), palette::kMutedInk);
}

int ReportLayout::contentsPageCount() const
{
    int pages = 1;
    double y = m_body.top() + contentsTitleHeight(m_style);
    for (const ReportTocEntry &e : m_toc) {
        const double h = tocLineHeight(m_style, e.level);
        if (y + h > m_body.bottom()) {
            ++pages;
            y = m_body.top();
        }
        y += h;
    }
    return pages;
}

void ReportLayout::contents(int tocPages)
{
    const double px = m_style.px();
    newPage();
    const Text title =
        text(m_style.contentsTitle, m_style.font(m_style.h1Pt, true), m_body.width());
    place(title, m_body.left(), m_y, 0, int(title.tops.size()), palette::kBrand);
    m_y += title.height + 5 * px;
    line(QLineF(m_body.left(), m_y, m_body.right(), m_y), palette::kBrand, 1.2);
    m_y = m_body.top() + contentsTitleHeight(m_style);
    const QFont numFont = m_style.font(m_style.bodyPt);
    const double numW =
        QFontMetricsF(numFont, m_device).horizontalAdvance(QStringLiteral("0000")) + 4 * px;
    int made = 1;
    for (const ReportTocEntry &e : m_toc) {
        const double h = tocLineHeight(m_style, e.level);
        if (m_y + h > m_body.bottom() && made < tocPages) {
            newPage();
            ++made;
        }
        const QFont font =
            m_style.font(e.level == 1 ? m_style.bodyPt + 1 : m_style.bodyPt, e.level == 1);
        const QFontMetricsF fm(font, m_device);
        const double indent = e.level == 1 ? 0 : 22 * px;
        const double titleLeft = m_body.left() + indent + (e.level == 1 ? 22 * px : 0);
        const double maxTitle = m_body.right() - numW - 14 * px - titleLeft;
        const double baseline = m_y + h - fm.descent() - 3 * px;
        const double top = baseline - fm.ascent();
        if (e.level == 1) {
            const Text n = text(e.number, font, 22 * px);
            place(n, m_body.left(), top, 0, int(n.tops.size()), palette::kBrand);
        }
        const Text t = text(fm.elidedText(e.title, Qt::ElideRight, maxTitle), font, maxTitle);
        place(t, titleLeft, top, 0, std::min<int>(1, int(t.tops.size())), palette::kInk);
        const double textEnd =
            titleLeft + (t.layout->lineCount() > 0 ? t.layout->lineAt(0).naturalTextWidth() : 0);
        const Text num = text(QString::number(e.page), font, numW, Qt::AlignRight);
        place(num, m_body.right() - numW, top, 0, int(num.tops.size()), palette::kInk);
        if (textEnd + 8 * px < m_body.right() - numW - 4 * px)
            line(QLineF(textEnd + 6 * px, baseline, m_body.right() - numW - 2 * px, baseline),
                 palette::kRule, 0.8, Qt::DotLine);
        m_y += h;
    }
    while (made < tocPages) {
        newPage();
        ++made;
    }
}

void ReportLayout::furniture(const model::Report &report)
{
    const double px = m_style.px();
    const int total = int(m_pages.size());
    const QFont small = m_style.font(m_style.smallPt);
    const double half = m_body.width() / 2 - 6 * px;
    for (int i = 0; i < total; ++i) {
        if (!m_pages.at(std::size_t(i)).furniture)
            continue;
        // place(), line() and rect() draw on the last page: make page i the last for a moment.
        std::swap(m_pages.at(std::size_t(i)), m_pages.back());
        const double headerY = m_body.top() - 26 * px;
        const Text left =
            text(QFontMetricsF(small, m_device).elidedText(report.planName, Qt::ElideRight, half),
                 small, half);
        const Text right = text(report.title, small, half, Qt::AlignRight);
        place(left, m_body.left(), headerY, 0, std::min<int>(1, int(left.tops.size())),
              palette::kMutedInk);
        place(right, m_body.right() - half, headerY, 0, std::min<int>(1, int(right.tops.size())),
              palette::kMutedInk);
        line(QLineF(m_body.left(), m_body.top() - 10 * px, m_body.right(), m_body.top() - 10 * px),
             palette::kRule, 0.6);
        const double footY = m_body.bottom() + 18 * px;
        line(QLineF(m_body.left(), footY - 6 * px, m_body.right(), footY - 6 * px), palette::kRule,
             0.6);
        const Text info =
            text(m_style.joined.arg(report.generatedLine, report.confidentiality), small, half);
        const Text page = text(m_style.pageOf.arg(i + 1).arg(total), small, half, Qt::AlignRight);
        place(info, m_body.left(), footY, 0, std::min<int>(1, int(info.tops.size())),
              palette::kMutedInk);
        place(page, m_body.right() - half, footY, 0, int(page.tops.size()), palette::kMutedInk);
        std::swap(m_pages.at(std::size_t(i)), m_pages.back());
    }
}

void ReportLayout::paint(QPainter &painter, int index) const
{
    const Page &page = m_pages.at(std::size_t(index));
    ReportChartStyle chartStyle;
    chartStyle.font = m_style.font(7.5);
    chartStyle.pixelsPerPoint = m_style.px();
    chartStyle.locale = QLocale(m_style.language);
    for (const Item &item : page.items) {
        switch (item.kind) {
        case Item::Kind::Rect:
            painter.fillRect(item.rect, item.color);
            break;
        case Item::Kind::Line:
            painter.setPen(item.pen);
            painter.drawLine(item.line);
            break;
        case Item::Kind::Text: {
            painter.setPen(item.color);
            const QPointF at = item.origin - QPointF(0, item.firstTop);
            for (int i = item.first; i < item.last; ++i)
                item.layout->lineAt(i).draw(&painter, at);
            break;
        }
        case Item::Kind::Chart:
            paintReportChart(painter, item.rect, *item.chart, chartStyle);
            break;
        }
    }
}

} // namespace ferry::gui
