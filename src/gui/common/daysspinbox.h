// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

// A number of days: "7 days", "1 day", with the special value text for 0. A suffix cannot follow
// the number's plural, so the text is the whole translated phrase.
class DaysSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit DaysSpinBox(QWidget* parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
};
