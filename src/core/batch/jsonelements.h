// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QByteArray>
#include <QByteArrayView>

// Calls visit with the text of each element of the first array held under key (at any depth) in
// the JSON text json, without parsing the rest: a document of many megabytes never becomes a
// QJsonDocument whole, only one element at a time does. visit returns false to stop. False when
// there is no such array or the text ends inside it.
bool forEachArrayElement(const QByteArray& json, QByteArrayView key,
                         const std::function<bool(QByteArrayView element)>& visit);
