// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

class QTableWidgetItem;

// The savings simulator's figures as text: whole dollars once past $100 ("$1,240", "$56.20"), and
// accuracy changes in points ("+2.5 pts").
QString monthlyText(double usd);
QString pointsText(double change);
QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter);
