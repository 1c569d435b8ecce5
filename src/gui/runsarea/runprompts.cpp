// SPDX-License-Identifier: GPL-3.0-or-later
#include "runprompts.h"

#include <QMessageBox>
#include <QPushButton>

DialogRunPrompts::DialogRunPrompts(QWidget* parent)
    : m_parent(parent)
{
}

bool DialogRunPrompts::confirm(const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void DialogRunPrompts::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(m_parent, title, message);
}
