// SPDX-License-Identifier: GPL-3.0-or-later
// Baseline for ferry mask: read a JSON file whole, parse it with nlohmann::json and dump it to
// standard output, indented by 2 or compact with -c. No masking: the cost of a plain round trip.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    const bool compact = argc == 3 && std::string(argv[2]) == "-c";
    if (argc != 2 && !compact) {
        std::fprintf(stderr, "usage: bench_mask_nlohmann FILE [-c]\n");
        return 64;
    }
    std::FILE *f = std::fopen(argv[1], "rb");
    if (!f) {
        std::perror(argv[1]);
        return 1;
    }
    std::string in;
    char buf[1 << 16];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;)
        in.append(buf, n);
    std::fclose(f);
    try {
        const std::string out = nlohmann::json::parse(in).dump(compact ? -1 : 2);
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fputc('\n', stdout);
    } catch (const nlohmann::json::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    return std::fflush(stdout) == 0 ? 0 : 1;
}
