// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resultsarea/results.h"
#include "runsarea/runs.h"
