// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include <cmath>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace FormFields {
void focusForTyping(QLineEdit* field)
{
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

void show(QLineEdit* field, const QString& text)
{
    if (field->text() == text)
        return;
    const QSignalBlocker blocker(field);
    field->setText(text);
}

void show(QPlainTextEdit* field, const QString& text)
{
    if (field->toPlainText() == text)
        return;
    const QSignalBlocker blocker(field);
    field->setPlainText(text);
}

void show(QSpinBox* field, int value)
{
    if (field->value() == value)
        return;
    const QSignalBlocker blocker(field);
    field->setValue(value);
}

void show(QDoubleSpinBox* field, double value)
{
    if (std::abs(field->value() - value) < std::pow(10.0, -field->decimals()) / 2)
        return;
    const QSignalBlocker blocker(field);
    field->setValue(value);
}

void showData(QComboBox* field, const QVariant& data)
{
    const int index = field->findData(data);
    if (field->currentIndex() == index)
        return;
    const QSignalBlocker blocker(field);
    field->setCurrentIndex(index);
}
} // namespace FormFields

void chooseData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index >= 0 && index != combo->currentIndex())
        combo->setCurrentIndex(index);
}
