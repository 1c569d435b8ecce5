// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Show a value in a form field without emitting its change signals (the value comes from the
// document, not from the user), and without touching a field that shows it already, so that
// the cursor stays where the user is typing.
namespace FormFields {
void show(QLineEdit* field, const QString& text);
void show(QPlainTextEdit* field, const QString& text);
void show(QSpinBox* field, int value);
void show(QDoubleSpinBox* field, double value);
void showData(QComboBox* field, const QVariant& data); // selects the item with this data
// Focus on a new item's first field with its text selected, so that typing replaces the
// placeholder name ("new-category") instead of appending to it.
void focusForTyping(QLineEdit* field);
} // namespace FormFields

// Selects the item with this data as if the user had chosen it, so that its change signals fire;
// nothing when no item has it. Areas follow the shared selection with it.
void chooseData(QComboBox* combo, const QVariant& data);
