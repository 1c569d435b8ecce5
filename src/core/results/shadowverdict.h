// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A person's judgement of a candidate model's answer against the baseline's on the same case.
enum class Verdict { Better, Same, Worse };

QString verdictKey(Verdict verdict); // as stored: "better", "same", "worse"
std::optional<Verdict> verdictFromKey(const QString& key);
QStringList verdictKeys();
QString verdictDisplayName(Verdict verdict); // translated

// One verdict of a shadow comparison; category, case, baseline and candidate identify it.
struct ShadowVerdict {
    QString category;
    QString caseId;
    QString baselineModelId;
    QString candidateModelId;
    Verdict verdict = Verdict::Same;
    QString note;
    QString runId; // the run whose answers were judged; may be empty
    QDateTime updatedAt; // set by the store when saved

    friend bool operator==(const ShadowVerdict&, const ShadowVerdict&) = default;
};

Q_DECLARE_METATYPE(ShadowVerdict)
