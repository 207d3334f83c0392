// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the signer: the canonical pieces of Signature V3 written into reusable buffers.
// Signing runs for every attempt of every request, so nothing here allocates once the per-thread
// buffers have grown to size.

#include "cloudapi/request.h"
#include "cloudapi/signer.h"

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>

namespace ferry::cloudapi::signer::detail {

/// A growable byte buffer that keeps its capacity; writers reserve room and write through a
/// pointer.
class Buffer
{
public:
    void clear() { m_size = 0; }
    std::size_t size() const { return m_size; }
    const char *data() const { return m_data.get(); }
    char *data() { return m_data.get(); }
    QByteArrayView view() const { return QByteArrayView(data(), qsizetype(m_size)); }
    bool empty() const { return m_size == 0; }
    char &back() { return m_data[m_size - 1]; }

    /// Room for `extra` more bytes; returns where they go (commit with advance()).
    char *reserve(std::size_t extra)
    {
        if (m_size + extra > m_capacity) {
            const std::size_t capacity = std::max(m_capacity * 2, m_size + extra + 256);
            auto grown = std::make_unique_for_overwrite<char[]>(capacity);
            if (m_size)
                std::memcpy(grown.get(), m_data.get(), m_size);
            m_data = std::move(grown);
            m_capacity = capacity;
        }
        return m_data.get() + m_size;
    }
    void advance(char *end) { m_size = std::size_t(end - m_data.get()); }

    void push_back(char c) { *reserve(1) = c, ++m_size; }
    Buffer &append(const char *p, std::size_t n)
    {
        if (n) {
            std::memcpy(reserve(n), p, n);
            m_size += n;
        }
        return *this;
    }
    Buffer &append(QByteArrayView v) { return append(v.data(), std::size_t(v.size())); }
    Buffer &append(const Buffer &b) { return append(b.data(), b.size()); }

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/// Which characters stay raw: signing (RFC 3986 unreserved), the wire query (also `*!()`), form
/// bodies (also `*!'()`).
enum class Encoding
{
    Strict,
    WireQuery,
    Form
};

/// The per-thread scratch buffers, cleared. Never used for two things at once: each caller
/// copies its result out before the next use.
Buffer &scratch();
Buffer &namesScratch();

/// Percent-encodes UTF-8 bytes, or the UTF-8 of UTF-16 text, into `out`.
void putEncoded(Buffer &out, QByteArrayView utf8, Encoding encoding);
void putEncoded(Buffer &out, QStringView text, Encoding encoding);

/// Writes the UTF-8 of `text` at `out`, which has room for 3 bytes per UTF-16 unit; returns
/// the end.
char *writeUtf8(char *out, QStringView text);

/// The method, upper-cased.
void putMethod(Buffer &out, QByteArrayView method);
/// CanonicalURI of an encoded path (see signer::canonicalUri()).
void putCanonicalUri(Buffer &out, QByteArrayView path);
/// CanonicalQueryString (see signer::canonicalQuery()).
void putCanonicalQuery(Buffer &out, const ParamList &query);
/// Canonical header lines into `out`, the `;`-joined signed names into `names`.
void putCanonicalHeaders(Buffer &out, const HeaderList &headers, Buffer &names);

} // namespace ferry::cloudapi::signer::detail
