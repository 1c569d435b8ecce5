// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeapi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

std::optional<QJsonObject> FakeApi::jsonBody(const HttpRequest& request, QString* problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = parseError.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = u"the body must be a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

QString contentText(const QJsonValue& content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray contentParts = content.toArray();
    for (const auto& part : contentParts) {
        if (part.isString())
            parts.append(part.toString());
        else if (part[u"text"_s].isString())
            parts.append(part[u"text"_s].toString());
    }
    return parts.join(u'\n');
}

QByteArray FakeApi::responseId(const QByteArray& prefix, const SimulatedCall& call, const SimulatedAnswer& answer)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(call.model.toUtf8());
    hash.addData(call.userPrompt.toUtf8());
    hash.addData(answer.text.toUtf8());
    return prefix + hash.result().toHex().left(24);
}

HttpResponse FakeApi::edited(HttpResponse response, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    edit(body);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse badGatewayPage()
{
    return HttpResponse::text(
        502, QByteArrayLiteral("text/html"),
        QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                          "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                          "</body>\r\n</html>\r\n"));
}
