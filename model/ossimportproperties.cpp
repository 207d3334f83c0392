// SPDX-License-Identifier: GPL-3.0-or-later
// Java-properties text as ossimport reads it (java.util.Properties, ISO-8859-1).
#include "model/ossimport.h"

#include <QStringList>

namespace ferry::model {

QString escapePropertyValue(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case ' ':
            // Leading blanks would be eaten by the reader.
            out += i == 0 ? QStringLiteral("\\ ") : QStringLiteral(" ");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QMap<QString, QString> parseJavaProperties(QStringView text)
{
    QMap<QString, QString> out;
    // Join continuation lines first: a line ending in an odd number of backslashes continues.
    QStringList logical;
    QString current;
    bool continuing = false;
    for (QStringView raw : text.split(QLatin1Char('\n'))) {
        QStringView line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Leading blanks go, on first and continuation lines alike.
        qsizetype lead = 0;
        while (lead < line.size() &&
               (line.at(lead) == QLatin1Char(' ') || line.at(lead) == QLatin1Char('\t') ||
                line.at(lead) == QLatin1Char('\f')))
            ++lead;
        line = line.mid(lead);
        if (!continuing && (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
                            line.startsWith(QLatin1Char('!'))))
            continue;
        qsizetype slashes = 0;
        for (qsizetype i = line.size() - 1; i >= 0 && line.at(i) == QLatin1Char('\\'); --i)
            ++slashes;
        if (slashes % 2 == 1) {
            current += line.chopped(1);
            continuing = true;
            continue;
        }
        current += line;
        logical.append(current);
        current.clear();
        continuing = false;
    }
    if (!current.isEmpty())
        logical.append(current);

    const auto unescape = [](QStringView s) {
        QString r;
        for (qsizetype i = 0; i < s.size(); ++i) {
            QChar c = s.at(i);
            if (c != QLatin1Char('\\') || i + 1 >= s.size()) {
                r += c;
                continue;
            }
            c = s.at(++i);
            if (c == QLatin1Char('n'))
                r += QLatin1Char('\n');
            else if (c == QLatin1Char('r'))
                r += QLatin1Char('\r');
            else if (c == QLatin1Char('t'))
                r += QLatin1Char('\t');
            else if (c == QLatin1Char('f'))
                r += QLatin1Char('\f');
            else if (c == QLatin1Char('u') && i + 4 < s.size()) {
                bool ok = false;
                const ushort code = s.mid(i + 1, 4).toUShort(&ok, 16);
                if (ok) {
                    r += QChar(code);
                    i += 4;
                } else {
                    r += c;
                }
            } else
                r += c;
        }
        return r;
    };

    for (const QString &line : logical) {
        qsizetype i = 0;
        QString key;
        // The key ends at the first unescaped '=', ':' or blank.
        for (; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                key += line.mid(i, 2);
                ++i;
                continue;
            }
            if (c == QLatin1Char('=') || c == QLatin1Char(':') || c.isSpace())
                break;
            key += c;
        }
        while (i < line.size() && line.at(i).isSpace() && line.at(i) != QLatin1Char('\n'))
            ++i;
        if (i < line.size() && (line.at(i) == QLatin1Char('=') || line.at(i) == QLatin1Char(':')))
            ++i;
        while (i < line.size() &&
               (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
            ++i;
        out.insert(unescape(key), unescape(QStringView(line).mid(i)));
    }
    return out;
}

} // namespace ferry::model
