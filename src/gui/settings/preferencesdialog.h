// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <memory>
#include <QDialog>

namespace Ui {
class PreferencesDialog;
}

// Language and theme. A theme chosen applies at once, so that the user sees it while choosing;
// Cancel puts the previous one back. A language change applies when the program starts again.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;
    void reject() override;

private:
    void fillLanguages();
    void fillThemes();

    std::unique_ptr<Ui::PreferencesDialog> ui;
    Settings* m_settings;
    Settings::Theme m_themeBefore;
};
