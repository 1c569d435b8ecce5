// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The bundled sample lives in the resources, which are read-only; the user opens and edits a copy
// in a writable folder. Files already copied are kept, as they may hold the user's edits.
struct SampleInstall {
    QString workspacePath; // the *.signalbox.yaml of the copy; empty on failure
    QString error; // translated, when copying failed
    bool ok() const { return !workspacePath.isEmpty(); }
};

QString bundledSampleDirectory(); // ":/samples/support-desk"
QString installedSampleDirectory(); // <GenericDataLocation>/<application>/samples/support-desk

SampleInstall installSample(const QString& sourceDir = bundledSampleDirectory(),
                            const QString& targetDir = installedSampleDirectory());
