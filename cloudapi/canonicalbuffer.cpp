// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/canonicalbuffer.h"

#include <QVarLengthArray>
#include <QtEndian>

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ferry::cloudapi::signer::detail {

namespace {

constexpr char kHexUpper[] = "0123456789ABCDEF";

// One table per encoding: each byte's encoded form padded to four bytes, and its length.
// An escape is written as one four-byte store; every reserve() leaves kWriteSlack bytes of room
// for the padding. Raw bytes take a branch rather than a table-driven advance: text is mostly
// raw, so the branch predicts well, while advancing by a loaded length would chain every store
// to the load before it.
struct EncodeTable
{
    std::array<std::array<char, 4>, 256> code{};
    std::array<std::uint8_t, 256> length{};

    constexpr explicit EncodeTable(std::string_view extra)
    {
        std::array<bool, 256> raw{};
        for (int c = 'A'; c <= 'Z'; ++c)
            raw[c] = true;
        for (int c = 'a'; c <= 'z'; ++c)
            raw[c] = true;
        for (int c = '0'; c <= '9'; ++c)
            raw[c] = true;
        for (char c : std::string_view("-_.~"))
            raw[static_cast<unsigned char>(c)] = true;
        for (char c : extra)
            raw[static_cast<unsigned char>(c)] = true;
        for (int c = 0; c < 256; ++c) {
            if (raw[c]) {
                code[c] = {char(c), 0, 0, 0};
                length[c] = 1;
            } else {
                code[c] = {'%', kHexUpper[c >> 4], kHexUpper[c & 0xF], 0};
                length[c] = 3;
            }
        }
    }

    char *put(char *p, unsigned char c) const
    {
        if (length[c] == 1) {
            *p = char(c);
            return p + 1;
        }
        std::memcpy(p, code[c].data(), 4);
        return p + 3;
    }
};

// The byte of padding that an escape's four-byte store puts past the three it keeps.
constexpr std::size_t kWriteSlack = 1;

constexpr EncodeTable kStrict("");
constexpr EncodeTable kWireQuery("*!()");
constexpr EncodeTable kForm("*!'()");

const EncodeTable &table(Encoding encoding)
{
    switch (encoding) {
    case Encoding::WireQuery:
        return kWireQuery;
    case Encoding::Form:
        return kForm;
    case Encoding::Strict:
        break;
    }
    return kStrict;
}

} // namespace

Buffer &scratch()
{
    thread_local Buffer buffer;
    buffer.clear();
    return buffer;
}

Buffer &namesScratch()
{
    thread_local Buffer buffer;
    buffer.clear();
    return buffer;
}

static inline char *putEscaped(char *p, unsigned char c)
{
    *p++ = '%';
    *p++ = kHexUpper[c >> 4];
    *p++ = kHexUpper[c & 0xF];
    return p;
}

void putEncoded(Buffer &out, QByteArrayView utf8, Encoding encoding)
{
    const EncodeTable &raw = table(encoding);
    char *p = out.reserve(std::size_t(utf8.size()) * 3 + kWriteSlack);
    for (char ch : utf8)
        p = raw.put(p, static_cast<unsigned char>(ch));
    out.advance(p);
}

// Calls `put(byte)` for each UTF-8 byte of `text` (lone surrogates become U+FFFD, like toUtf8).
template<class Put>
static void forEachUtf8Byte(QStringView text, Put &&put)
{
    const qsizetype n = text.size();
    const QChar *p = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i].unicode();
        if (c < 0x80) {
            put(static_cast<unsigned char>(c));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && p[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), p[++i].unicode());
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x800) {
            put(static_cast<unsigned char>(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            put(static_cast<unsigned char>(0xE0 | (c >> 12)));
            put(static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)));
        } else {
            put(static_cast<unsigned char>(0xF0 | (c >> 18)));
            put(static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F)));
            put(static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)));
        }
        put(static_cast<unsigned char>(0x80 | (c & 0x3F)));
    }
}

// At most 3 UTF-8 bytes per UTF-16 unit, each at most 3 characters once escaped.
constexpr std::size_t kMaxEncodedPerUnit = 9;

static char *writeEncoded(char *p, QStringView text, const EncodeTable &table)
{
    forEachUtf8Byte(text, [&](unsigned char c) { p = table.put(p, c); });
    return p;
}

char *writeUtf8(char *p, QStringView text)
{
    forEachUtf8Byte(text, [&](unsigned char c) { *p++ = char(c); });
    return p;
}

void putEncoded(Buffer &out, QStringView text, Encoding encoding)
{
    out.advance(
        writeEncoded(out.reserve(std::size_t(text.size()) * kMaxEncodedPerUnit + kWriteSlack), text,
                     table(encoding)));
}

// UTF-16 order differs from UTF-8 byte order only around surrogates; mapping them above the
// rest of the BMP gives code point order, which is byte order.
static inline char16_t codePointRank(char16_t c)
{
    if (c < 0xD800)
        return c;
    return c >= 0xE000 ? char16_t(c - 0x800) : char16_t(c + 0x2000);
}

static int compareByBytes(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    // Skip equal runs four units at a time (names share prefixes such as `Tag.1.`).
    for (; i + 4 <= n; i += 4)
        if (std::memcmp(a.data() + i, b.data() + i, 8) != 0)
            break;
    for (; i < n; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x != y)
            return codePointRank(x) < codePointRank(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The first eight UTF-8 bytes of `text`, big-endian and zero-padded: comparing keys orders
// texts as their bytes do, except when the keys are equal.
static std::uint64_t utf8Prefix(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 8);
    const char16_t *units = text.utf16();
    std::uint64_t key = 0;
    qsizetype i = 0;
    for (; i < n && units[i] < 0x80; ++i) // names are ASCII almost always
        key |= std::uint64_t(units[i]) << (56 - 8 * i);
    if (i == n)
        return key;
    key = 0;
    int shift = 56;
    forEachUtf8Byte(text.first(n), [&](unsigned char c) {
        if (shift >= 0) {
            key |= std::uint64_t(c) << shift;
            shift -= 8;
        }
    });
    return key;
}

void putCanonicalQuery(Buffer &out, const ParamList &query)
{
    struct Item
    {
        std::uint64_t key;
        const QPair<QString, QString> *param;
    };
    QVarLengthArray<Item, 32> order;
    std::size_t room = 0;
    for (const auto &param : query) {
        order.append({utf8Prefix(param.first), &param});
        room += std::size_t(param.first.size()) * 3 +
                std::size_t(param.second.size()) * kMaxEncodedPerUnit + 2;
    }
    std::sort(order.begin(), order.end(), [](const Item &a, const Item &b) {
        if (a.key != b.key)
            return a.key < b.key;
        const int byName = compareByBytes(a.param->first, b.param->first);
        return byName != 0 ? byName < 0 : compareByBytes(a.param->second, b.param->second) < 0;
    });
    char *const start = out.reserve(room + kWriteSlack);
    char *p = start;
    for (const Item &item : order) {
        if (p != start)
            *p++ = '&';
        p = writeUtf8(p, item.param->first); // names are not encoded, as the official signer does
        *p++ = '=';
        p = writeEncoded(p, item.param->second, kStrict);
    }
    out.advance(p);
}

void putCanonicalUri(Buffer &out, QByteArrayView path)
{
    if (path.isEmpty()) {
        out.push_back('/');
        return;
    }
    char *p = out.reserve(std::size_t(path.size()) * 3);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '+') {
            p = putEscaped(p, ' ');
        } else if (c == '*') {
            p = putEscaped(p, '*');
        } else if (c == '%' && i + 2 < path.size() && path[i + 1] == '7' && path[i + 2] == 'E') {
            // Only the uppercase form, as the SDK core does; `%7e` stays as it is.
            *p++ = '~';
            i += 2;
        } else {
            *p++ = c;
        }
    }
    out.advance(p);
}

// Header names and values are a few dozen bytes: inline word copies beat a memcpy call, and
// the last (possibly partial) word is copied as the final eight bytes, overlapping the one
// before, so there is no loop over single bytes.
static inline char *copyShort(char *to, QByteArrayView v)
{
    const char *from = v.data();
    const std::size_t n = std::size_t(v.size());
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            std::memcpy(to + i, from + i, 8);
        std::memcpy(to + n - 8, from + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(to, from, 4);
        std::memcpy(to + n - 4, from + n - 4, 4);
    } else {
        for (std::size_t i = 0; i < n; ++i)
            to[i] = from[i];
    }
    return to + n;
}

// Whether any of eight bytes is 'A'..'Z' (SWAR on the low seven bits).
static inline bool hasUpperInWord(const char *p)
{
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    constexpr std::uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL;
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    const std::uint64_t h = x & low7;
    const std::uint64_t atLeastA = h + 0x3f3f3f3f3f3f3f3fULL; // bit 7 set from 'A' (0x41)
    const std::uint64_t aboveZ = h + 0x2525252525252525ULL;   // bit 7 set above 'Z' (0x5a)
    return (atLeastA & ~aboveZ & ~x & high) != 0;
}

// Whether any byte is 'A'..'Z', eight bytes at a time; the last word overlaps the one before.
static inline bool hasUpper(QByteArrayView v)
{
    const char *p = v.data();
    const qsizetype n = v.size();
    if (n < 8) {
        for (qsizetype i = 0; i < n; ++i)
            if (p[i] >= 'A' && p[i] <= 'Z')
                return true;
        return false;
    }
    for (qsizetype i = 0; i + 8 < n; i += 8)
        if (hasUpperInWord(p + i))
            return true;
    return hasUpperInWord(p + n - 8);
}

static inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

static bool equalsLower(QByteArrayView name, QByteArrayView lower)
{
    if (name.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i)
        if (asciiLower(name[i]) != lower[i])
            return false;
    return true;
}

static bool isSignedHeader(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    switch (asciiLower(name[0])) {
    case 'x':
        // Names arrive lowercase almost always: an exact match first.
        return name.size() > 6 &&
               (std::memcmp(name.data(), "x-acs-", 6) == 0 || equalsLower(name.first(6), "x-acs-"));
    case 'h':
        return equalsLower(name, "host");
    case 'c':
        return equalsLower(name, "content-type");
    default:
        return false;
    }
}

// Byte order, eight bytes at a time: header names are short and share the `x-acs-` prefix.
static inline int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x;
        std::uint64_t y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y)
            return qFromBigEndian(x) < qFromBigEndian(y) ? -1 : 1;
    }
    for (; i < n; ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

static inline QByteArrayView trimmedView(QByteArrayView v)
{
    auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }; // \t \n \v \f \r
    qsizetype begin = 0;
    qsizetype end = v.size();
    while (begin < end && space(v[begin]))
        ++begin;
    while (end > begin && space(v[end - 1]))
        --end;
    return v.sliced(begin, end - begin);
}

// Up to eight bytes of `v` from `offset` on, big-endian and zero-padded (see utf8Prefix()).
static inline std::uint64_t bytePrefix(QByteArrayView v, qsizetype offset)
{
    const qsizetype n = std::clamp<qsizetype>(v.size() - offset, 0, 8);
    std::uint64_t word = 0;
    if (n == 8) {
        std::memcpy(&word, v.data() + offset, 8);
        return qFromBigEndian(word);
    }
    if (n > 0 && v.size() >= 8) {
        // The n bytes end the view: its last word, shifted up so that they lead.
        std::memcpy(&word, v.data() + v.size() - 8, 8);
        return qFromBigEndian(word) << (8 * (8 - n));
    }
    for (qsizetype i = 0; i < n; ++i)
        word |= std::uint64_t(static_cast<unsigned char>(v[offset + i])) << (56 - 8 * i);
    return word;
}

namespace {

// Signed names mostly share `x-acs-`, so the sort key holds their first sixteen bytes: keys
// decide nearly every comparison, and the bytes are compared only when keys are equal.
struct PickedHeader
{
    std::uint64_t key0;
    std::uint64_t key1;
    QByteArrayView name; // lowercase
    QByteArrayView value;

    bool sameName(const PickedHeader &o) const
    {
        return key0 == o.key0 && key1 == o.key1 && compareBytes(name, o.name) == 0;
    }
    bool operator<(const PickedHeader &o) const
    {
        if (key0 != o.key0)
            return key0 < o.key0;
        if (key1 != o.key1)
            return key1 < o.key1;
        const int byName = compareBytes(name, o.name);
        return byName != 0 ? byName < 0 : compareBytes(value, o.value) < 0;
    }
};

} // namespace

void putCanonicalHeaders(Buffer &out, const HeaderList &headers, Buffer &names)
{
    QVarLengthArray<PickedHeader, 16> picked;
    std::vector<QByteArray> lowered; // only for names that arrived with capitals
    std::size_t room = 0;
    for (const auto &[name, value] : headers) {
        if (!isSignedHeader(name))
            continue;
        QByteArrayView lower = name;
        if (hasUpper(name)) {
            if (lowered.empty())
                lowered.reserve(std::size_t(headers.size())); // views into it must stay valid
            lowered.push_back(name.toLower());
            lower = lowered.back();
        }
        const QByteArrayView trimmed = trimmedView(value);
        picked.append({bytePrefix(lower, 0), bytePrefix(lower, 8), lower, trimmed});
        room += std::size_t(lower.size() + trimmed.size()) + 2;
    }
    std::sort(picked.begin(), picked.end());
    char *p = out.reserve(room);
    char *n = names.reserve(room);
    for (qsizetype i = 0; i < picked.size(); ++i) {
        const PickedHeader &h = picked[i];
        if (i > 0 && picked[i - 1].sameName(h)) {
            p[-1] = ','; // repeated header: values joined, in sorted order
        } else {
            if (i > 0)
                *n++ = ';';
            n = copyShort(n, h.name);
            p = copyShort(p, h.name);
            *p++ = ':';
        }
        p = copyShort(p, h.value);
        *p++ = '\n';
    }
    out.advance(p);
    names.advance(n);
}

void putMethod(Buffer &out, QByteArrayView method)
{
    char *p = out.reserve(std::size_t(method.size()));
    for (char c : method)
        *p++ = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
    out.advance(p);
}

} // namespace ferry::cloudapi::signer::detail
