// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a deterministic list-shaped API response body (compact, as the service sends it):
// {"RequestId":...,"Data":{"Objects":[ N data sources ],...}}, each data source with a nested
// config holding credentials. 200,000 objects make about 70 MB.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

std::uint64_t g_state = 0x9E3779B97F4A7C15ULL;

std::uint64_t next()
{
    // xorshift64*: the same sequence on every platform.
    g_state ^= g_state >> 12;
    g_state ^= g_state << 25;
    g_state ^= g_state >> 27;
    return g_state * 0x2545F4914F6CDD1DULL;
}

std::string alnum(std::size_t n)
{
    static const char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += kChars[next() % (sizeof kChars - 1)];
    return s;
}

const char *pick(const char *const *items, std::size_t n)
{
    return items[next() % n];
}

} // namespace

int main(int argc, char **argv)
{
    const long count = argc > 1 ? std::atol(argv[1]) : 200000;
    static const char *const kTypes[] = {"HIVE", "ODPS", "DATABRICKS", "BIGQUERY", "OSS"};
    static const char *const kStatus[] = {"RUNNING", "SUCCEEDED", "FAILED", "INIT", "STOPPED"};
    static const char *const kRegions[] = {"cn-hangzhou", "cn-shanghai", "cn-beijing",
                                           "ap-southeast-1", "eu-central-1"};
    static const char *const kNotes[] = {"数据迁移 源端", "nightly sync", "", "ünïcode ✓ 测试",
                                         "line1\\nline2"};
    std::string out;
    out.reserve(1 << 12);
    std::printf("{\"RequestId\":\"%s-%s\",\"Data\":{\"PageNum\":1,\"PageSize\":%ld,"
                "\"TotalCount\":%ld,\"Objects\":[",
                alnum(8).c_str(), alnum(12).c_str(), count, count);
    for (long i = 0; i < count; ++i) {
        out.clear();
        out += i > 0 ? ",{" : "{";
        out += "\"Id\":" + std::to_string(100000 + i);
        out += ",\"Name\":\"ds_" + std::to_string(i) + "\"";
        out += std::string(",\"Type\":\"") + pick(kTypes, 5) + "\"";
        out += std::string(",\"Status\":\"") + pick(kStatus, 5) + "\"";
        out += std::string(",\"Enabled\":") + ((next() & 1) ? "true" : "false");
        out += ",\"Description\":\"" + std::string(pick(kNotes, 5)) + "\"";
        out += std::string(",\"Config\":{\"endpoint\":\"https://mms.") + pick(kRegions, 5) +
               ".aliyuncs.com\"";
        out += ",\"accessKeyId\":\"LTAI5t" + alnum(18) + "\"";
        out += ",\"accessKeySecret\":\"" + alnum(30) + "\"";
        out += ",\"metaDb\":{\"url\":\"jdbc:mysql://10.0." + std::to_string(next() % 256) + "." +
               std::to_string(next() % 256) + ":3306/hive\"";
        out += ",\"password\":\"" + alnum(16) + "\"}";
        out += ",\"partitions\":[" + std::to_string(next() % 1000) + ",null]}}";
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    std::printf("]},\"Success\":true}\n");
    return std::fflush(stdout) == 0 ? 0 : 1;
}
