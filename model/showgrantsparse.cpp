// SPDX-License-Identifier: GPL-3.0-or-later
// Reading pasted SHOW GRANTS output: lines to statements, statements to tokens, tokens to grants.
#include "model/sanitizer.h"
#include "model/showgrants.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace ferry::model {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::ShowGrants)
};

// ---- tokens ----------------------------------------------------------------------------------

struct Token
{
    enum Type
    {
        Word,
        Quoted,
        Punct
    };
    Type type = Word;
    QString value; ///< words as written, quoted text unescaped, punctuation as the character
    qsizetype begin = 0;
    qsizetype end = 0; ///< one past the last character in the statement text
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') ||
           c == QLatin1Char('%') || c == QLatin1Char('-');
}

QChar unescaped(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return QLatin1Char('\n');
    case 't':
        return QLatin1Char('\t');
    case 'r':
        return QLatin1Char('\r');
    case '0':
        return QChar(0);
    default:
        return c;
    }
}

// Backticks escape only by doubling; quotes also take backslash escapes (the default SQL mode).
bool lex(const QString &s, QList<Token> &out, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        if (c == QLatin1Char('`') || c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            t.type = Token::Quoted;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar ch = s[j];
                if (ch == c) {
                    if (j + 1 < n && s[j + 1] == c) {
                        t.value.append(c);
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                if (ch == QLatin1Char('\\') && c != QLatin1Char('`') && j + 1 < n) {
                    t.value.append(unescaped(s[j + 1]));
                    j += 2;
                    continue;
                }
                t.value.append(ch);
                ++j;
            }
            if (!closed) {
                *error = Tr::tr("A quote (%1) is not closed.").arg(c);
                return false;
            }
            i = j;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(s[j]))
                ++j;
            t.value = s.mid(i, j - i);
            i = j;
        } else {
            t.type = Token::Punct;
            t.value = QString(c);
            ++i;
        }
        t.end = i;
        out.append(t);
    }
    return true;
}

bool isKeyword(const Token &t, QLatin1StringView word)
{
    return t.type == Token::Word && t.value.compare(word, Qt::CaseInsensitive) == 0;
}

bool isPunct(const Token &t, char c)
{
    return t.type == Token::Punct && t.value == QLatin1Char(c);
}

// Words that end the account list after TO.
bool endsAccountList(const Token &t)
{
    static const char *const words[] = {"REQUIRE",  "WITH",    "IDENTIFIED", "AS",
                                        "PASSWORD", "DEFAULT", "ACCOUNT"};
    for (const char *w : words) {
        if (isKeyword(t, QLatin1StringView(w)))
            return true;
    }
    return isPunct(t, ';');
}

// ---- grammar ---------------------------------------------------------------------------------

struct Parser
{
    const QString &text;
    const QList<Token> &t;
    QString error;

    QString source(qsizetype from, qsizetype to) const // tokens [from, to)
    {
        if (from >= to)
            return {};
        return text.mid(t[from].begin, t[to - 1].end - t[from].begin);
    }

    // user[@host]; the host may be written bare (10.0.%), so its tokens are joined as written.
    std::optional<MysqlAccount> account(qsizetype &k, qsizetype end)
    {
        if (k >= end || (t[k].type != Token::Quoted && t[k].type != Token::Word)) {
            error = Tr::tr("An account name was expected.");
            return std::nullopt;
        }
        MysqlAccount a;
        a.user = t[k].value;
        ++k;
        if (t[k - 1].type == Token::Word &&
            a.user.compare(QLatin1String("CURRENT_USER"), Qt::CaseInsensitive) == 0) {
            if (k + 1 < end && isPunct(t[k], '(') && isPunct(t[k + 1], ')'))
                k += 2;
            return a;
        }
        if (k < end && isPunct(t[k], '@')) {
            ++k;
            if (k < end && t[k].type == Token::Quoted) {
                a.host = t[k].value;
                ++k;
            } else {
                const qsizetype from = k;
                while (k < end && !isPunct(t[k], ',') && !endsAccountList(t[k]) &&
                       t[k].type != Token::Quoted)
                    ++k;
                if (from == k) {
                    error = Tr::tr("A host name was expected after @.");
                    return std::nullopt;
                }
                a.host = source(from, k);
            }
        }
        return a;
    }

    bool accountList(qsizetype &k, qsizetype end, QList<MysqlAccount> &out, bool stopAtKeyword)
    {
        while (k < end) {
            if (stopAtKeyword && endsAccountList(t[k]))
                break;
            std::optional<MysqlAccount> a = account(k, end);
            if (!a)
                return false;
            out.append(*a);
            if (k < end && isPunct(t[k], ',')) {
                ++k;
                continue;
            }
            break;
        }
        if (out.isEmpty()) {
            error = Tr::tr("An account name was expected.");
            return false;
        }
        return true;
    }

    bool privileges(qsizetype from, qsizetype to, QStringList &out)
    {
        QStringList words;
        auto finish = [&]() {
            if (words.isEmpty()) {
                error = Tr::tr("A privilege name is missing.");
                return false;
            }
            out.append(canonicalPrivilege(words.join(QLatin1Char(' '))));
            words.clear();
            return true;
        };
        for (qsizetype k = from; k < to; ++k) {
            const Token &tok = t[k];
            if (tok.type == Token::Word) {
                words.append(tok.value.toUpper());
            } else if (isPunct(tok, '(')) {
                // A column list: the privilege applies to some columns only.
                int depth = 0;
                for (; k < to; ++k) {
                    if (isPunct(t[k], '('))
                        ++depth;
                    else if (isPunct(t[k], ')') && --depth == 0)
                        break;
                }
                if (depth != 0) {
                    error = Tr::tr("A column list is not closed.");
                    return false;
                }
            } else if (isPunct(tok, ',')) {
                if (!finish())
                    return false;
            } else {
                error = Tr::tr("Unexpected text in the privilege list: %1").arg(tok.value);
                return false;
            }
        }
        return finish();
    }

    static QString canonicalPrivilege(const QString &words)
    {
        if (words == QLatin1String("ALL"))
            return QStringLiteral("ALL PRIVILEGES");
        if (words == QLatin1String("REPLICATION REPLICA"))
            return QStringLiteral("REPLICATION SLAVE");
        if (words == QLatin1String("BINLOG MONITOR"))
            return QStringLiteral("REPLICATION CLIENT");
        return words;
    }

    // ON [TABLE|FUNCTION|PROCEDURE] {*.* | * | db.* | db.tbl | tbl}
    bool object(qsizetype from, qsizetype to, GrantStatement &g)
    {
        if (from >= to) {
            error = Tr::tr("The object after ON is missing.");
            return false;
        }
        bool routine = false;
        if (to - from > 1 && (isKeyword(t[from], QLatin1StringView("TABLE")) ||
                              isKeyword(t[from], QLatin1StringView("FUNCTION")) ||
                              isKeyword(t[from], QLatin1StringView("PROCEDURE")))) {
            routine = !isKeyword(t[from], QLatin1StringView("TABLE"));
            g.objectType = t[from].value.toUpper();
            ++from;
        }
        g.object = source(from, to);
        auto part = [this](qsizetype k, QString &name, bool &star) {
            if (isPunct(t[k], '*')) {
                star = true;
                return true;
            }
            if (t[k].type == Token::Word || t[k].type == Token::Quoted) {
                name = t[k].value;
                return true;
            }
            error = Tr::tr("Unexpected text after ON: %1").arg(t[k].value);
            return false;
        };
        QString first;
        QString second;
        bool firstStar = false;
        bool secondStar = false;
        if (to - from == 1) {
            if (!part(from, first, firstStar))
                return false;
            // A single name is a table of the default database; a single * the database itself.
            g.scope = firstStar ? GrantScope::Database : GrantScope::Table;
            g.table = firstStar ? QString() : first;
        } else if (to - from == 3 && isPunct(t[from + 1], '.')) {
            if (!part(from, first, firstStar) || !part(from + 2, second, secondStar))
                return false;
            if (firstStar && !secondStar) {
                error = Tr::tr("A table of every database (*.name) is not valid.");
                return false;
            }
            g.database = first;
            g.table = second;
            if (firstStar)
                g.scope = GrantScope::Global;
            else if (secondStar)
                g.scope = GrantScope::Database;
            else
                g.scope = GrantScope::Table;
        } else {
            error = Tr::tr("The object after ON is not a database or table name: %1")
                        .arg(maskGrantSecrets(g.object));
            return false;
        }
        if (routine && g.scope == GrantScope::Table)
            g.scope = GrantScope::Routine;
        return true;
    }

    void tail(qsizetype k, GrantStatement &g)
    {
        for (; k + 2 < t.size(); ++k) {
            if (!isKeyword(t[k], QLatin1StringView("WITH")) ||
                !isKeyword(t[k + 2], QLatin1StringView("OPTION")))
                continue;
            if (isKeyword(t[k + 1], QLatin1StringView("GRANT")))
                g.withGrantOption = true;
            else if (isKeyword(t[k + 1], QLatin1StringView("ADMIN")))
                g.withAdminOption = true;
        }
    }

    bool statement(GrantStatement &g)
    {
        if (t.isEmpty())
            return false;
        if (isKeyword(t[0], QLatin1StringView("REVOKE"))) {
            g.revoke = true;
        } else if (!isKeyword(t[0], QLatin1StringView("GRANT"))) {
            error = Tr::tr("This is not a GRANT statement.");
            return false;
        }
        const QLatin1StringView toWord(g.revoke ? "FROM" : "TO");
        qsizetype on = -1;
        qsizetype to = -1;
        int depth = 0;
        for (qsizetype k = 1; k < t.size(); ++k) {
            if (isPunct(t[k], '('))
                ++depth;
            else if (isPunct(t[k], ')'))
                --depth;
            else if (depth == 0 && on < 0 && isKeyword(t[k], QLatin1StringView("ON")))
                on = k;
            else if (depth == 0 && isKeyword(t[k], toWord)) {
                to = k;
                break;
            }
        }
        if (to < 0) {
            error = g.revoke ? Tr::tr("FROM and the account are missing.")
                             : Tr::tr("TO and the account are missing.");
            return false;
        }
        if (on < 0) {
            g.scope = GrantScope::Role;
            qsizetype k = 1;
            if (!accountList(k, to, g.roles, false))
                return false;
            if (k != to) {
                error = Tr::tr("Unexpected text in the role list: %1").arg(t[k].value);
                return false;
            }
        } else {
            if (!privileges(1, on, g.privileges))
                return false;
            if (g.privileges.removeAll(QStringLiteral("GRANT OPTION")) > 0)
                g.withGrantOption = true;
            if (g.privileges == QStringList{QStringLiteral("PROXY")}) {
                g.scope = GrantScope::Proxy;
                qsizetype k = on + 1;
                std::optional<MysqlAccount> p = account(k, to);
                if (!p)
                    return false;
                g.proxied = *p;
                g.object = source(on + 1, to);
            } else if (!object(on + 1, to, g)) {
                return false;
            }
        }
        qsizetype k = to + 1;
        if (!accountList(k, t.size(), g.grantees, true))
            return false;
        tail(k, g);
        return true;
    }
};

// ---- lines to statements ---------------------------------------------------------------------

struct RawStatement
{
    int line = 0;
    QString text;
};

bool startsWithWord(const QString &s, QLatin1StringView word)
{
    return s.startsWith(word, Qt::CaseInsensitive) &&
           (s.size() == word.size() || !isWordChar(s[word.size()]));
}

// Lines that belong to the client around the output, not to it.
bool isNoise(const QString &line)
{
    static const QRegularExpression noise(
        QStringLiteral("^(?:\\+[-+]+\\+"                                 // table border
                       "|\\*+\\s*\\d+\\.\\s*row\\s*\\*+"                 // \G row header
                       "|\\d+\\s+rows?\\s+in\\s+set\\b.*"                // row count
                       "|empty\\s+set\\b.*"                              // no rows
                       "|query\\s+ok\\b.*"                               // statement result
                       "|(?:mysql|mariadb(?:\\s*\\[[^\\]]*\\])?)\\s*>.*" // prompt
                       "|->.*"                                           // continuation prompt
                       "|show\\s+grants\\b.*)$"),                        // the command itself
        QRegularExpression::CaseInsensitiveOption);
    return noise.match(line).hasMatch();
}

QList<RawStatement> splitLines(const QString &text, QList<GrantParseProblem> &problems)
{
    QList<RawStatement> out;
    bool open = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QString line = lines[i].trimmed();
        if (line.startsWith(QLatin1Char('|'))) {
            line = line.mid(1);
            if (line.endsWith(QLatin1Char('|')))
                line.chop(1);
            line = line.trimmed();
        }
        if (line.isEmpty()) {
            open = false;
            continue;
        }
        if (isNoise(line))
            continue;
        if (startsWithWord(line, QLatin1StringView("Grants"))) {
            // "Grants for u@h" heads a column; "Grants for u@h: GRANT ..." is the \G layout.
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            if (colon < 0)
                continue;
            line = line.mid(colon + 2).trimmed();
        }
        if (startsWithWord(line, QLatin1StringView("GRANT")) ||
            startsWithWord(line, QLatin1StringView("REVOKE"))) {
            out.append({lineNo, line});
            open = true;
        } else if (open) {
            out.last().text += QLatin1Char(' ') + line;
        } else {
            problems.append({lineNo, Tr::tr("This line is not a GRANT statement; it was ignored."),
                             maskGrantSecrets(line)});
            continue;
        }
        if (line.endsWith(QLatin1Char(';')))
            open = false;
    }
    return out;
}

} // namespace

QString MysqlAccount::sql() const
{
    auto quoted = [](QString s) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        s.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    };
    return quoted(user) + QLatin1Char('@') + quoted(host);
}

QString maskGrantSecrets(const QString &text)
{
    const QString mask = QString::fromLatin1(kMask.data(), qsizetype(kMask.size()));
    static const QRegularExpression quoted(
        QStringLiteral("(\\bIDENTIFIED\\b(?:\\s+WITH\\s+\\S+)?\\s+(?:BY|AS)\\s+(?:PASSWORD\\s+)?)"
                       "(?:'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.|\"\")*\")"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(quoted, QStringLiteral("\\1'") + mask + QLatin1Char('\''));
    // A secret without a closing quote (or not quoted at all): mask to the end of the text.
    static const QRegularExpression rest(
        QStringLiteral("(\\bIDENTIFIED\\b(?:\\s+WITH\\s+\\S+)?\\s+(?:BY|AS)\\s+(?:PASSWORD\\s+)?)"
                       "(?!'\\*{8}')(\\S.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    out.replace(rest, QStringLiteral("\\1'") + mask + QLatin1Char('\''));
    return maskText(out);
}

ShowGrants parseShowGrants(const QString &input)
{
    ShowGrants result;
    QString text = input;
    text.remove(QLatin1Char('\r'));
    const QList<RawStatement> raw = splitLines(text, result.problems);
    for (const RawStatement &r : raw) {
        QList<Token> tokens;
        QString error;
        if (!lex(r.text, tokens, &error)) {
            result.problems.append({r.line, error, maskGrantSecrets(r.text)});
            continue;
        }
        // Several statements may share a line, separated by semicolons.
        qsizetype from = 0;
        for (qsizetype k = 0; k <= tokens.size(); ++k) {
            if (k < tokens.size() && !isPunct(tokens[k], ';'))
                continue;
            if (k > from) {
                const QList<Token> part = tokens.mid(from, k - from);
                const qsizetype offset = part.first().begin;
                const QString stmtText = r.text.mid(offset, part.last().end - offset).trimmed();
                QList<Token> shifted = part;
                for (Token &tok : shifted) {
                    tok.begin -= offset;
                    tok.end -= offset;
                }
                Parser p{stmtText, shifted, {}};
                GrantStatement g;
                g.line = r.line;
                g.text = maskGrantSecrets(stmtText);
                if (p.statement(g))
                    result.statements.append(g);
                else
                    result.problems.append({r.line, p.error, g.text});
            }
            from = k + 1;
        }
    }
    return result;
}

} // namespace ferry::model
