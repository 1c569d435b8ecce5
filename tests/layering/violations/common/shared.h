// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../shell/areas.h"
#include "runsarea/runs.h"
