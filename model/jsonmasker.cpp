// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming JSON masker: one pass over the input bytes with an explicit stack of open
// containers, validating strictly (RFC 8259) while it rewrites. Strings and numbers are copied
// as written; only whitespace is regenerated. Nothing is recursive, so nesting depth is bounded
// only by memory (one byte per level).
#include "model/sanitizer.h"

#include "model/jsonoutput_p.h"
#include "model/sanitizer_p.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

namespace ferry::model {

namespace {

using detail::ChunkOut;
using detail::NullOut;
using detail::StringOut;

// Messages are static so that a caller can translate them with the "ferry::model::JsonMasker"
// context; JsonError::message carries the English source text.
#define FERRY_JSON_MSG(text) QT_TRANSLATE_NOOP("ferry::model::JsonMasker", text)
constexpr const char *kEmpty = FERRY_JSON_MSG("empty input: expected a JSON value");
constexpr const char *kExpectedValue = FERRY_JSON_MSG("expected a JSON value");
constexpr const char *kUnexpectedEnd = FERRY_JSON_MSG("unexpected end of input");
constexpr const char *kExpectedKey = FERRY_JSON_MSG("expected a string as object key");
constexpr const char *kExpectedKeyOrEnd = FERRY_JSON_MSG("expected a string as object key, or '}'");
constexpr const char *kExpectedColon = FERRY_JSON_MSG("expected ':' after the object key");
constexpr const char *kExpectedCommaOrBrace = FERRY_JSON_MSG("expected ',' or '}' in an object");
constexpr const char *kExpectedCommaOrBracket = FERRY_JSON_MSG("expected ',' or ']' in an array");
constexpr const char *kTrailing = FERRY_JSON_MSG("unexpected data after the JSON value");
constexpr const char *kUnterminated = FERRY_JSON_MSG("string is not terminated");
constexpr const char *kControl =
    FERRY_JSON_MSG("control character in a string (it must be written as an escape)");
constexpr const char *kBadEscape = FERRY_JSON_MSG("invalid escape sequence in a string");
constexpr const char *kBadUnicodeEscape =
    FERRY_JSON_MSG("invalid \\u escape: expected four hexadecimal digits");
constexpr const char *kLoneSurrogate = FERRY_JSON_MSG("\\u escape is an unpaired UTF-16 surrogate");
constexpr const char *kBadUtf8 = FERRY_JSON_MSG("invalid UTF-8 byte sequence");
constexpr const char *kNumberDigit = FERRY_JSON_MSG("invalid number: expected a digit");
constexpr const char *kLeadingZero =
    FERRY_JSON_MSG("invalid number: leading zeros are not allowed");
constexpr const char *kInvalidLiteral =
    FERRY_JSON_MSG("invalid literal: expected true, false or null");
#undef FERRY_JSON_MSG

constexpr std::uint8_t kObject = 0;
constexpr std::uint8_t kArray = 1;
constexpr std::size_t kNotQuiet = ~std::size_t{0};
constexpr std::string_view kMaskToken = "\"********\"";
static_assert(kMaskToken.substr(1, 8) == kMask);

constexpr char kSpaces[] = "                                                                "
                           "                                                                ";

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// True when one of the eight bytes is '"', '\\', a control character or not ASCII. Each test is
// exact about whether such a byte exists (not about where), which is all that is needed here.
inline bool hasStringSpecial(std::uint64_t w)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const std::uint64_t q = w ^ (kOnes * '"');
    const std::uint64_t b = w ^ (kOnes * '\\');
    const std::uint64_t quote = (q - kOnes) & ~q;
    const std::uint64_t backslash = (b - kOnes) & ~b;
    const std::uint64_t control = (w - kOnes * 0x20) & ~w;
    return ((quote | backslash | control | w) & kHighs) != 0;
}

template<class Out>
class Masker final
{
public:
    Masker(std::string_view in, Out &out, int indent)
        : m_begin(in.data())
        , m_p(in.data())
        , m_end(in.data() + in.size())
        , m_out(out)
        , m_indent(indent > 0 ? static_cast<std::size_t>(indent) : 0)
    {}

    bool run();
    void fillError(JsonError *error) const;

private:
    enum class State
    {
        Value,
        ObjectFirst,
        ObjectKey,
        ArrayFirst,
        AfterValue
    };

    // A validating pass writes nothing, so it need not test keys and values either.
    static constexpr bool kWrites = !std::is_same_v<Out, NullOut>;

    bool fail(const char *at, const char *message)
    {
        m_errorAt = at;
        m_errorMessage = message;
        return false;
    }

    bool quiet() const { return !kWrites || m_quietBase != kNotQuiet; }
    void writeChar(char c)
    {
        if (!quiet())
            m_out.put(c);
    }
    void writeSpan(const char *from, const char *to)
    {
        if (!quiet())
            m_out.append(from, static_cast<std::size_t>(to - from));
    }
    // Whether the members of the innermost open container go on lines of their own.
    bool layoutHere() const { return m_indent > 0 && m_stack.size() <= kMaxIndentedDepth; }
    void newline(std::size_t depth)
    {
        m_out.put('\n');
        for (std::size_t n = depth * m_indent; n > 0;) {
            const std::size_t k = std::min(n, sizeof(kSpaces) - 1);
            m_out.append(kSpaces, k);
            n -= k;
        }
    }
    void memberStart()
    {
        if (!quiet() && layoutHere())
            newline(m_stack.size());
    }
    void close(bool nonEmpty)
    {
        const bool isObject = m_stack.back() == kObject;
        if (quiet()) {
            if (m_stack.size() - 1 == m_quietBase)
                m_quietBase = kNotQuiet; // the masked container ends here; its mask is written
        } else {
            if (nonEmpty && layoutHere())
                newline(m_stack.size() - 1);
            m_out.put(isObject ? '}' : ']');
        }
        m_stack.pop_back();
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool scanString();
    bool scanEscape(const char *&s);
    bool scanUtf8(const char *&s);
    bool scanNumber();
    bool scanLiteral();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    Out &m_out;
    std::size_t m_indent;
    std::vector<std::uint8_t> m_stack;
    std::size_t m_quietBase = kNotQuiet; // stack size below the masked container being skipped
    const char *m_errorAt = nullptr;
    const char *m_errorMessage = nullptr;
};

template<class Out>
bool Masker<Out>::run()
{
    // RFC 8259 lets a parser ignore a byte order mark; it is not copied.
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    skipWhitespace();
    if (m_p == m_end)
        return fail(m_p, kEmpty);

    State state = State::Value;
    bool maskValue = false;
    for (;;) {
        switch (state) {
        case State::Value: {
            skipWhitespace();
            if (m_p == m_end)
                return fail(m_p, kUnexpectedEnd);
            const bool mask = maskValue && !quiet();
            maskValue = false;
            const char c = *m_p;
            const char *start = m_p;
            if (c == '{' || c == '[') {
                if (mask) {
                    m_out.append(kMaskToken.data(), kMaskToken.size());
                    m_quietBase = m_stack.size();
                } else {
                    writeChar(c);
                }
                m_stack.push_back(c == '{' ? kObject : kArray);
                ++m_p;
                state = c == '{' ? State::ObjectFirst : State::ArrayFirst;
                continue;
            }
            if (c == '"') {
                if (!scanString())
                    return false;
                if (!quiet()) {
                    if (mask || (!m_stack.empty() &&
                                 detail::isAccessKeyIdJsonToken(std::string_view(
                                     start + 1, static_cast<std::size_t>(m_p - start - 2)))))
                        m_out.append(kMaskToken.data(), kMaskToken.size());
                    else
                        m_out.append(start, static_cast<std::size_t>(m_p - start));
                }
            } else {
                if (c == '-' || isDigit(c)) {
                    if (!scanNumber())
                        return false;
                } else if (c == 't' || c == 'f' || c == 'n') {
                    if (!scanLiteral())
                        return false;
                } else {
                    return fail(m_p, kExpectedValue);
                }
                if (mask)
                    m_out.append(kMaskToken.data(), kMaskToken.size());
                else
                    writeSpan(start, m_p);
            }
            state = State::AfterValue;
            continue;
        }
        case State::ObjectFirst:
        case State::ObjectKey: {
            skipWhitespace();
            if (m_p == m_end)
                return fail(m_p, kUnexpectedEnd);
            if (*m_p != '"') {
                if (state == State::ObjectFirst && *m_p == '}') {
                    ++m_p;
                    close(false);
                    state = State::AfterValue;
                    continue;
                }
                return fail(m_p, state == State::ObjectFirst ? kExpectedKeyOrEnd : kExpectedKey);
            }
            memberStart();
            const char *start = m_p;
            if (!scanString())
                return false;
            if (!quiet()) {
                maskValue = detail::isSecretJsonKeyToken(
                    std::string_view(start + 1, static_cast<std::size_t>(m_p - start - 2)));
                m_out.append(start, static_cast<std::size_t>(m_p - start));
                m_out.put(':');
                if (layoutHere())
                    m_out.put(' ');
            }
            skipWhitespace();
            if (m_p == m_end)
                return fail(m_p, kUnexpectedEnd);
            if (*m_p != ':')
                return fail(m_p, kExpectedColon);
            ++m_p;
            state = State::Value;
            continue;
        }
        case State::ArrayFirst:
            skipWhitespace();
            if (m_p == m_end)
                return fail(m_p, kUnexpectedEnd);
            if (*m_p == ']') {
                ++m_p;
                close(false);
                state = State::AfterValue;
                continue;
            }
            memberStart();
            state = State::Value;
            continue;
        case State::AfterValue: {
            skipWhitespace();
            if (m_stack.empty()) {
                if (m_p != m_end)
                    return fail(m_p, kTrailing);
                return true;
            }
            const bool inObject = m_stack.back() == kObject;
            if (m_p == m_end)
                return fail(m_p, kUnexpectedEnd);
            const char c = *m_p;
            if (c == ',') {
                ++m_p;
                writeChar(',');
                if (inObject) {
                    state = State::ObjectKey;
                } else {
                    memberStart();
                    state = State::Value;
                }
                continue;
            }
            if (c == (inObject ? '}' : ']')) {
                ++m_p;
                close(true);
                continue;
            }
            return fail(m_p, inObject ? kExpectedCommaOrBrace : kExpectedCommaOrBracket);
        }
        }
    }
}

template<class Out>
bool Masker<Out>::scanString()
{
    const char *s = m_p + 1;
    for (;;) {
        while (m_end - s >= 8) {
            std::uint64_t w;
            std::memcpy(&w, s, sizeof w);
            if (hasStringSpecial(w))
                break;
            s += 8;
        }
        if (s >= m_end)
            return fail(m_p, kUnterminated);
        const auto c = static_cast<unsigned char>(*s);
        if (c == '"') {
            m_p = s + 1;
            return true;
        }
        if (c == '\\') {
            if (!scanEscape(s))
                return false;
        } else if (c < 0x20) {
            return fail(s, kControl);
        } else if (c >= 0x80) {
            if (!scanUtf8(s))
                return false;
        } else {
            ++s;
        }
    }
}

template<class Out>
bool Masker<Out>::scanEscape(const char *&s)
{
    if (m_end - s < 2)
        return fail(m_p, kUnterminated);
    switch (s[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        s += 2;
        return true;
    case 'u':
        break;
    default:
        return fail(s + 1, kBadEscape);
    }
    for (int k = 2; k < 6; ++k) {
        if (s + k >= m_end)
            return fail(m_p, kUnterminated);
        if (!isHexDigit(s[k]))
            return fail(s + k, kBadUnicodeEscape);
    }
    const int unit = detail::hex4(s + 2);
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return fail(s, kLoneSurrogate);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        if (m_end - s < 12 || s[6] != '\\' || s[7] != 'u')
            return fail(s, kLoneSurrogate);
        const int low = detail::hex4(s + 8);
        if (low < 0xDC00 || low > 0xDFFF)
            return fail(s, kLoneSurrogate);
        s += 12;
        return true;
    }
    s += 6;
    return true;
}

template<class Out>
bool Masker<Out>::scanUtf8(const char *&s)
{
    const auto *u = reinterpret_cast<const unsigned char *>(s);
    const std::size_t left = static_cast<std::size_t>(m_end - s);
    const unsigned char c = u[0];
    std::size_t need;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (c == 0xED)
            hi = 0x9F; // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return fail(s, kBadUtf8);
    }
    if (left <= need || u[1] < lo || u[1] > hi)
        return fail(s, kBadUtf8);
    for (std::size_t k = 2; k <= need; ++k) {
        if ((u[k] & 0xC0) != 0x80)
            return fail(s, kBadUtf8);
    }
    s += need + 1;
    return true;
}

template<class Out>
bool Masker<Out>::scanNumber()
{
    const char *s = m_p;
    if (*s == '-')
        ++s;
    if (s == m_end || !isDigit(*s))
        return fail(s, kNumberDigit);
    if (*s == '0') {
        ++s;
        if (s < m_end && isDigit(*s))
            return fail(s, kLeadingZero);
    } else {
        while (s < m_end && isDigit(*s))
            ++s;
    }
    if (s < m_end && *s == '.') {
        ++s;
        if (s == m_end || !isDigit(*s))
            return fail(s, kNumberDigit);
        while (s < m_end && isDigit(*s))
            ++s;
    }
    if (s < m_end && (*s == 'e' || *s == 'E')) {
        ++s;
        if (s < m_end && (*s == '+' || *s == '-'))
            ++s;
        if (s == m_end || !isDigit(*s))
            return fail(s, kNumberDigit);
        while (s < m_end && isDigit(*s))
            ++s;
    }
    m_p = s;
    return true;
}

template<class Out>
bool Masker<Out>::scanLiteral()
{
    const std::string_view word = *m_p == 't' ? "true" : *m_p == 'f' ? "false" : "null";
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (m_p + k == m_end)
            return fail(m_p + k, kUnexpectedEnd);
        if (m_p[k] != word[k])
            return fail(m_p + k, kInvalidLiteral);
    }
    m_p += word.size();
    return true;
}

template<class Out>
void Masker<Out>::fillError(JsonError *error) const
{
    if (!error)
        return;
    const std::string_view before(m_begin, static_cast<std::size_t>(m_errorAt - m_begin));
    error->offset = before.size();
    error->line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (before[i] == '\n') {
            ++error->line;
            lineStart = i + 1;
        }
    }
    error->column = before.size() - lineStart + 1;
    error->message = m_errorMessage;
}

} // namespace

bool maskJson(std::string_view in, std::string &out, JsonError *error, JsonLayout layout)
{
    out.clear();
    out.reserve(in.size() + in.size() / 8 + 16);
    StringOut sink(out);
    Masker<StringOut> masker(in, sink, layout.indent);
    if (!masker.run()) {
        masker.fillError(error);
        out.clear();
        return false;
    }
    return true;
}

bool maskJson(std::string_view in, const JsonChunkWriter &write, JsonError *error,
              JsonLayout layout)
{
    ChunkOut sink(write);
    Masker<ChunkOut> masker(in, sink, layout.indent);
    if (!masker.run()) {
        masker.fillError(error);
        return false;
    }
    sink.flush();
    return true;
}

bool validateJson(std::string_view in, JsonError *error)
{
    NullOut sink;
    Masker<NullOut> masker(in, sink, -1);
    if (!masker.run()) {
        masker.fillError(error);
        return false;
    }
    return true;
}

} // namespace ferry::model
