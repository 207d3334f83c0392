// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/entrymasking.h"

#include "model/sanitizer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ferry::cloudapi {

namespace {

const nlohmann::json *stringMember(const nlohmann::json &object, const char *lower,
                                   const char *upper)
{
    for (const char *name : {lower, upper}) {
        const auto it = object.find(name);
        if (it != object.end() && it->is_string())
            return &*it;
    }
    return nullptr;
}

bool equalsIgnoringCase(const std::string &a, const char *b)
{
    const std::string_view other(b);
    if (a.size() != other.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(other[i]))
            return false;
    }
    return true;
}

void maskEntry(nlohmann::json &object)
{
    const nlohmann::json *key = stringMember(object, "key", "Key");
    if (!key)
        return;
    const char *valueName = object.contains("value") ? "value" : "Value";
    const auto value = object.find(valueName);
    if (value == object.end() || value->is_null())
        return;
    bool secret = model::isSecretKey(key->get_ref<const std::string &>());
    if (const nlohmann::json *type = stringMember(object, "type", "Type")) {
        const std::string &t = type->get_ref<const std::string &>();
        secret = secret || equalsIgnoringCase(t, "password") || equalsIgnoringCase(t, "file");
    }
    if (secret)
        *value = std::string(model::kMask);
}

} // namespace

void maskSecretEntries(nlohmann::json &body)
{
    std::vector<nlohmann::json *> pending{&body};
    while (!pending.empty()) {
        nlohmann::json *node = pending.back();
        pending.pop_back();
        if (node->is_object())
            maskEntry(*node);
        if (node->is_structured())
            for (auto &child : *node)
                if (child.is_structured())
                    pending.push_back(&child);
    }
}

} // namespace ferry::cloudapi
