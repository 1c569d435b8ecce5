// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QDialog>

class Settings;

namespace Ui {
class PreferencesDialog;
}

// Language and theme. The theme applies on OK; a language change when the program starts again.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void fillLanguages();
    void fillThemes();

    std::unique_ptr<Ui::PreferencesDialog> ui;
    Settings* m_settings;
};
