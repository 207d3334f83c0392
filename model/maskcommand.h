// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ferry::model {

/// Runs `ferry mask` with the arguments that follow `mask`: masks the JSON read from a file or
/// standard input and writes it to standard output or, atomically, to `-o FILE`. Needs no
/// QCoreApplication. Returns the exit status: 0 done, 1 input/output error, 2 invalid JSON (then
/// nothing is written), 64 wrong usage.
int runMaskCommand(const QStringList &args);

} // namespace ferry::model
