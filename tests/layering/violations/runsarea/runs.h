// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/shared.h"
#include "resultsarea/results.h"
#include "runs.h"
