// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/savingsprojection.h"

#include <QCoreApplication>

// What the savings simulator says above its chart. The headline names both sides ("Routing map $262
// vs all on claude-sonnet $762 a month"). A side with traffic whose cost the run does not know shows
// its known part as a lower bound ("at least $262", or "unknown"), never with the rest counted as $0,
// and which side costs less is claimed only where that is certain.
struct SavingsText {
    Q_DECLARE_TR_FUNCTIONS(SavingsText)
public:
    enum class Direction { Unknown, Same, Saves, CostsMore };

    QString headline;
    QString summary; // the difference, and what the run has no figures for
    QString previous; // against the map last saved to the workspace file
    Direction direction = Direction::Unknown; // of the map against the baseline model
    Direction previousDirection = Direction::Unknown; // of the map against the one last saved
};

// With priced errors the sides are API cost plus the expected cost of wrong answers.
SavingsText savingsText(const SavingsProjection& projection, bool mapIsSaved);
