// SPDX-License-Identifier: GPL-3.0-or-later
// Signs the inputs of the V3 vectors in tests/data/signature-vectors.json over and over and
// prints signatures per CPU second (best window). Usage:
//   ferry_bench_signing <vectors.json> [seconds per window] [windows]
//
// Two figures:
//  - "authorization": from prepared headers, query and payload hash to the Authorization
//    header, the same work as the Node SDK's OpenApiUtil.getAuthorization;
//  - "signRequest": Ferry's whole signing step (body hash, header list, Authorization).

#include "cloudapi/request.h"
#include "cloudapi/signer.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace ferry::cloudapi;
using nlohmann::ordered_json;

namespace {

struct Prepared
{
    QByteArray method;
    QByteArray pathname;
    ParamList query;
    signer::HeaderList headers;
    QByteArray payloadHash;
    QByteArray accessKeyId;
    QByteArray secret;
    QByteArray expected;
    signer::SigningInput full;
};

QByteArray bytes(const ordered_json &v)
{
    return QByteArray::fromStdString(v.get<std::string>());
}

std::vector<Prepared> load(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", path);
        std::exit(2);
    }
    const QByteArray text = file.readAll();
    const auto root = ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    std::vector<Prepared> out;
    for (const auto &v : root.at("vectors")) {
        if (v.at("scheme").get<std::string>().rfind("ACS3", 0) != 0 ||
            !v.contains("canonicalRequest"))
            continue;
        const auto &in = v.at("input");
        const auto &req = v.at("request");
        Prepared p;
        p.method = bytes(req.at("method"));
        p.pathname = bytes(req.at("pathname"));
        for (const auto &[k, val] : req.at("queryMap").items())
            p.query.append(
                {QString::fromStdString(k), QString::fromStdString(val.get<std::string>())});
        for (const auto &[k, val] : req.at("headers").items())
            if (k != "Authorization")
                p.headers.append({QByteArray::fromStdString(k), bytes(val)});
        p.payloadHash = bytes(v.at("hashedRequestPayload"));
        p.accessKeyId = bytes(in.at("accessKeyId"));
        p.secret = bytes(in.at("accessKeySecret"));
        p.expected = bytes(v.at("authorization"));

        signer::SigningInput &s = p.full;
        s.method = p.method;
        s.host = bytes(in.at("host"));
        s.encodedPath = p.pathname;
        s.query = p.query;
        s.action = bytes(in.at("action"));
        s.version = bytes(in.at("version"));
        s.date = bytes(in.at("xAcsDate"));
        s.nonce = bytes(in.at("nonce"));
        s.credentials.accessKeyId = QString::fromUtf8(p.accessKeyId);
        s.credentials.accessKeySecret = QString::fromUtf8(p.secret);
        if (in.contains("securityToken"))
            s.credentials.securityToken =
                QString::fromStdString(in.at("securityToken").get<std::string>());
        if (!req.at("body").is_null()) {
            s.body = bytes(req.at("body"));
            s.contentType = in.at("reqBodyType") == "json" ? "application/json; charset=utf-8"
                                                           : "application/x-www-form-urlencoded";
        }
        out.push_back(std::move(p));
    }
    return out;
}

QByteArray authorize(const Prepared &p)
{
    return signer::authorizationFor(p.method, p.pathname, p.query, p.headers, p.payloadHash,
                                    p.accessKeyId, p.secret);
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Signatures per second of CPU time used by this process, best of `windows` windows of
// `seconds` each. CPU time rather than wall time: the machine may be shared, and time spent
// waiting for a core is not time spent signing.
template<class F>
double bestRate(const std::vector<Prepared> &inputs, double seconds, int windows, F &&sign,
                std::size_t &sink)
{
    for (int warm = 0; warm < 2000; ++warm)
        sink += sign(inputs[std::size_t(warm) % inputs.size()]).size();
    double best = 0;
    for (int w = 0; w < windows; ++w) {
        std::size_t count = 0;
        const double start = cpuSeconds();
        double now = start;
        while (now - start < seconds) {
            for (int round = 0; round < 20; ++round)
                for (const auto &p : inputs) {
                    sink += sign(p).size();
                    ++count;
                }
            now = cpuSeconds();
        }
        best = std::max(best, double(count) / (now - start));
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <signature-vectors.json> [seconds]\n", argv[0]);
        return 2;
    }
    const double seconds = argc > 2 ? std::atof(argv[2]) : 0.5;
    const int windows = argc > 3 ? std::atoi(argv[3]) : 6;
    const auto inputs = load(argv[1]);
    if (inputs.empty()) {
        std::fprintf(stderr, "no V3 vectors in %s\n", argv[1]);
        return 2;
    }
    // Same inputs, same answers as the official SDK, or the comparison means nothing.
    for (const auto &p : inputs) {
        if (authorize(p) != p.expected || signer::signRequest(p.full).authorization != p.expected) {
            std::fprintf(stderr, "ferry: signature differs from the vector\n");
            return 1;
        }
    }
    std::size_t sink = 0;
    const double authRate = bestRate(inputs, seconds, windows, authorize, sink);
    const double fullRate = bestRate(
        inputs, seconds, windows,
        [](const Prepared &p) { return signer::signRequest(p.full).authorization; }, sink);
    std::printf("ferry inputs=%zu verified=%zu\n", inputs.size(), inputs.size());
    std::printf("ferry authorization %.0f signatures/cpu-s\n", authRate);
    std::printf("ferry signRequest %.0f signatures/cpu-s\n", fullRate);
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
