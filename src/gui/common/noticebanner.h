// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A one-line warning or hint above a table or in a form ("Traffic shares add up to 120%"). It warns
// and never blocks; it hides itself while its text is empty.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit NoticeBanner(QWidget* parent = nullptr);

    void setKind(Kind kind);
    // One line, no taller than a spin box, for a warning beside a field: appearing, it moves nothing.
    // The long explanation goes in the tooltip.
    void setCompact(bool compact);
    void setText(const QString& text);
    QString text() const;
    // A button at the end of the line for what the notice offers to do ("Collect Now"); clicking it
    // emits buttonClicked(). An empty text removes it.
    void setButtonText(const QString& text);
    QPushButton* button() const { return m_button; }

Q_SIGNALS:
    void buttonClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();
    void updateMargins();

    Kind m_kind = Kind::Warning;
    bool m_compact = false;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_button = nullptr;
};
