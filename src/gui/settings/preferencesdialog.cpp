// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "settings.h"
#include "ui_preferencesdialog.h"

namespace {
template <typename E> void selectData(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(value)));
}
} // namespace

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
    , m_themeBefore(settings->theme())
{
    ui->setupUi(this);
    fillLanguages();
    fillThemes();
    selectData(ui->languageCombo, m_settings->language());
    selectData(ui->themeCombo, m_settings->theme());
    connect(ui->themeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setTheme(ui->themeCombo->currentData().value<Settings::Theme>()); });
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages()
{
    // Each language is named in itself, so that a user lost in a foreign one finds their own.
    ui->languageCombo->addItem(tr("System language"), QVariant::fromValue(Settings::Language::System));
    ui->languageCombo->addItem(QStringLiteral("English"), QVariant::fromValue(Settings::Language::English));
    ui->languageCombo->addItem(QStringLiteral("Deutsch"), QVariant::fromValue(Settings::Language::German));
}

void PreferencesDialog::fillThemes()
{
    ui->themeCombo->addItem(tr("System"), QVariant::fromValue(Settings::Theme::System));
    ui->themeCombo->addItem(tr("Light"), QVariant::fromValue(Settings::Theme::Light));
    ui->themeCombo->addItem(tr("Dark"), QVariant::fromValue(Settings::Theme::Dark));
}

void PreferencesDialog::accept()
{
    m_settings->setLanguage(ui->languageCombo->currentData().value<Settings::Language>());
    m_settings->setTheme(ui->themeCombo->currentData().value<Settings::Theme>());
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    m_settings->setTheme(m_themeBefore);
    QDialog::reject();
}
