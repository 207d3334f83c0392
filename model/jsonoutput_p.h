// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the JSON masker writes: a string, nothing (validation), or chunks handed to a callback.
// Internal to the model library.

#include "model/sanitizer.h"

#include <cstring>
#include <memory>
#include <string>

namespace ferry::model::detail {

class StringOut final
{
public:
    explicit StringOut(std::string &s)
        : m_s(s)
    {}
    void put(char c) { m_s.push_back(c); }
    void append(const char *p, std::size_t n) { m_s.append(p, n); }

private:
    std::string &m_s;
};

class NullOut final
{
public:
    void put(char) {}
    void append(const char *, std::size_t) {}
};

// Collects output in a fixed buffer and hands it on in large chunks.
class ChunkOut final
{
public:
    explicit ChunkOut(const JsonChunkWriter &write)
        : m_write(write)
        , m_buf(new char[kSize])
    {}
    ~ChunkOut() = default;
    ChunkOut(const ChunkOut &) = delete;
    ChunkOut &operator=(const ChunkOut &) = delete;

    void put(char c)
    {
        if (m_used == kSize)
            flush();
        m_buf[m_used++] = c;
    }
    void append(const char *p, std::size_t n)
    {
        if (kSize - m_used < n) {
            flush();
            if (n >= kSize) {
                m_write(std::string_view(p, n));
                return;
            }
        }
        std::memcpy(m_buf.get() + m_used, p, n);
        m_used += n;
    }
    void flush()
    {
        if (m_used > 0)
            m_write(std::string_view(m_buf.get(), m_used));
        m_used = 0;
    }

private:
    static constexpr std::size_t kSize = std::size_t{1} << 18;
    const JsonChunkWriter &m_write;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_used = 0;
};

} // namespace ferry::model::detail
