// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runsarea/runprompts.h"

#include <QStringList>

// Answers the Runs area's questions from a script and records what was asked and shown.
class ScriptedRunPrompts : public RunPrompts
{
public:
    bool answer = true;
    QStringList asked; // titles of the questions
    QStringList errors; // "title: message"

    bool confirm(const QString& title, const QString&, const QString&) override
    {
        asked.append(title);
        return answer;
    }
    void showError(const QString& title, const QString& message) override { errors.append(title + u": " + message); }
};
