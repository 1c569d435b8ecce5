// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// What the user is looking at (a category, a model, a run); it follows them from area to area.
class Selection : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject* parent = nullptr)
        : QObject(parent)
    {
    }

    QString category() const { return m_category; }
    QString model() const { return m_model; }
    QString run() const { return m_run; }

    void setCategory(const QString& name) { update(m_category, name, &Selection::categoryChanged); }
    void setModel(const QString& id) { update(m_model, id, &Selection::modelChanged); }
    void setRun(const QString& id) { update(m_run, id, &Selection::runChanged); }

Q_SIGNALS:
    void categoryChanged(const QString& name);
    void modelChanged(const QString& id);
    void runChanged(const QString& id);

private:
    void update(QString& member, const QString& value, void (Selection::*changed)(const QString&))
    {
        if (member == value)
            return;
        member = value;
        Q_EMIT(this->*changed)(value);
    }

    QString m_category;
    QString m_model;
    QString m_run;
};
