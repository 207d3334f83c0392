// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/callhandle.h"

#include <utility>

namespace ferry::cloudapi {

void CallHandle::cancel()
{
    if (!m_state || m_state->cancelled)
        return;
    m_state->cancelled = true;
    if (auto cancelInFlight = std::exchange(m_state->cancelCurrent, nullptr))
        cancelInFlight();
}

bool CallHandle::isActive() const
{
    return m_state && !m_state->cancelled && !m_state->finished;
}

} // namespace ferry::cloudapi
