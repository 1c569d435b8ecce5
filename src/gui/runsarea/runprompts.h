// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

// The questions the Runs area asks before it spends money or time, and the errors it reports. The
// area asks with dialogs; tests answer from a script.
class RunPrompts
{
public:
    virtual ~RunPrompts() = default;
    virtual bool confirm(const QString& title, const QString& text, const QString& acceptText) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
};

class DialogRunPrompts : public RunPrompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogRunPrompts)
public:
    explicit DialogRunPrompts(QWidget* parent);

    bool confirm(const QString& title, const QString& text, const QString& acceptText) override;
    void showError(const QString& title, const QString& message) override;

private:
    QWidget* m_parent;
};
