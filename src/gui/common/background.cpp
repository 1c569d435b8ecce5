// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace {
// The one address every hand-over releases and every take-over acquires: a take-over is ordered
// after all hand-overs before it, tasks' and the GUI thread's alike (more order than the threads
// really have, never less).
[[maybe_unused]] char token;
} // namespace

namespace Background {

void handOver()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(&token);
#endif
}

void takeOver()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(&token);
#endif
}

} // namespace Background
