// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

// What a pane shows when it has nothing to show yet: an icon, a title, a sentence on what the pane
// is for and what to do next, and optionally a button that does it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setTitle(const QString& title);
    void setText(const QString& text);
    // An empty text hides the button.
    void setActionText(const QString& text);

    QString title() const;
    QString text() const;
    QString actionText() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QIcon m_icon;
    QLabel* m_iconLabel;
    QLabel* m_titleLabel;
    QLabel* m_textLabel;
    QPushButton* m_actionButton;
};
