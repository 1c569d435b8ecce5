// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A deterministic corpus of damaged and hostile files for the loader: hand-written kinds (every
// problem the loader must name), and, from fixed seeds, truncations, byte flips and invalid UTF-8
// of the bundled sample workspace and its JSONL and CSV case files.
struct CorpusFile {
    enum class Kind { Workspace, JsonlCases, CsvCases };
    Kind kind = Kind::Workspace;
    QString label; // what was done to it, for messages: "truncated at 812"
    QByteArray bytes;
};

struct SampleFiles {
    QByteArray workspace;
    QByteArray jsonl;
    QByteArray csv;
};

QList<CorpusFile> loaderCorpus(const SampleFiles& samples);
