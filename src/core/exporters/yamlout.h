// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <yaml-cpp/emitter.h>

// Writing Qt text with yaml-cpp's emitter. Text that a YAML 1.1 or 1.2 reader would take for a
// number, a boolean or null is double-quoted, so that gateways read it back as text.
YAML::Emitter& operator<<(YAML::Emitter& out, const QString& text);
// A number as written by exactNumber() or decimalNumber(): plain, never quoted.
void emitNumber(YAML::Emitter& out, const QString& number);
void emitFlowList(YAML::Emitter& out, const QStringList& items);
// The emitter's document as text ending with a newline.
QString emitted(const YAML::Emitter& out);
// Every non-empty line of text indented by spaces, for a document emitted on its own and placed
// under a key of a larger one.
QString indented(const QString& text, int spaces);
