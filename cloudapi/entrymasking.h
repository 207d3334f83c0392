// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to cloudapi: the part of on-arrival sanitizing that knows response shapes.

#include <nlohmann/json_fwd.hpp>

namespace ferry::cloudapi {

/// Masks the values of name/value entries that hold a secret. The sanitizer masks a value by its
/// own key, which misses entries like MMS's data source configuration,
/// `{"key":"hive.jdbc.password","type":"password","value":"..."}`: there the name is a value too.
/// An object with a string `key` (or `Key`) and a `value` (or `Value`) member gets the value
/// replaced by the mask when the key names a secret (model::isSecretKey) or its `type` is
/// `password` or `file` (uploaded credentials such as a service account key). Any depth; no
/// recursion.
void maskSecretEntries(nlohmann::json &body);

} // namespace ferry::cloudapi
