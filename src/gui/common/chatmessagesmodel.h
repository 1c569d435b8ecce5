// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuelistmodel.h"

#include "domain/testcase.h"

// The messages of a chat test case, in order: who speaks and what they say.
class ChatMessagesModel : public ValueListModel<ChatMessage>
{
    Q_OBJECT
public:
    enum Column { RoleColumn, ContentColumn, ColumnCount };

    explicit ChatMessagesModel(QObject* parent = nullptr);

    static QStringList roles(); // "user", "assistant", "system"

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const ChatMessage& message, int column, int role) const override;
    bool setCell(ChatMessage& message, int column, const QVariant& value) const override;
    ChatMessage newItem() const override;
};
