// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebatchservice.h"

#include "../modelsimulator.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

FakeBatchService::FakeBatchService(const ModelSimulator& simulator, const FakeApi& openAi, const FakeApi& anthropic,
                                   const FakeApi& gemini)
    : m_simulator(simulator)
    , m_openAi(openAi)
    , m_anthropic(anthropic)
    , m_gemini(gemini)
{
    m_clock.start();
}

FakeBatchService::~FakeBatchService() = default;

std::optional<FakeBatchService::Format> FakeBatchService::formatOf(const QString& path) const
{
    if (path == u"/v1/files" || path.startsWith(u"/v1/files/") || path == u"/v1/batches"
        || path.startsWith(u"/v1/batches/"))
        return Format::OpenAi;
    if (path == u"/v1/messages/batches" || path.startsWith(u"/v1/messages/batches/"))
        return Format::Anthropic;
    if (path == u"/v1beta/batches" || path.startsWith(u"/v1beta/batches/")
        || (path.startsWith(u"/v1beta/models/") && path.endsWith(u":batchGenerateContent")))
        return Format::Gemini;
    return std::nullopt;
}

bool FakeBatchService::handles(const HttpRequest& request) const
{
    return formatOf(request.path).has_value();
}

const FakeApi& FakeBatchService::api(Format format) const
{
    switch (format) {
    case Format::OpenAi:
        return m_openAi;
    case Format::Anthropic:
        return m_anthropic;
    case Format::Gemini:
        break;
    }
    return m_gemini;
}

// The credentials check of the format's own API, run on a request with an empty body.
HttpResponse FakeBatchService::unauthenticated(const HttpRequest& request, Format format) const
{
    HttpRequest probe = request;
    probe.body = "{}";
    const auto parsed = api(format).parse(probe);
    const HttpResponse* refusal = std::get_if<HttpResponse>(&parsed);
    return refusal && (refusal->status == 401 || refusal->status == 403) ? *refusal : HttpResponse {};
}

HttpResponse FakeBatchService::respond(const HttpRequest& request)
{
    replayJournal();
    if (HttpResponse refused = unauthenticated(request, *formatOf(request.path)); refused.status != 200)
        return refused;
    if (!record(request))
        return HttpResponse::json(500, QJsonObject { { u"error"_s, u"The sandbox could not record the request."_s } });
    if (m_settings.listStatus != 200 && request.method == "GET" && isList(request))
        return HttpResponse::json(m_settings.listStatus, QJsonObject { { u"error"_s, u"Listing is unavailable."_s } });
    if (m_settings.failedCreations > 0 && isCreation(request)) {
        --m_settings.failedCreations;
        return HttpResponse::json(503, QJsonObject { { u"error"_s, u"Overloaded; nothing was made."_s } });
    }
    HttpResponse response = handle(request);
    // Not a dropped connection: Qt 6.4 sends a POST again by itself when the connection drops
    // before any answer, which no client can tell from the server making two batches.
    if (m_settings.lostCreations > 0 && response.status == 200 && isCreation(request)) {
        --m_settings.lostCreations;
        return HttpResponse::text(504, "text/html", "<html><body><h1>504 Gateway Time-out</h1></body></html>\n");
    }
    return response;
}

bool FakeBatchService::isList(const HttpRequest& request)
{
    return request.path == u"/v1/batches" || request.path == u"/v1/messages/batches"
        || request.path == u"/v1beta/batches";
}

bool FakeBatchService::isCreation(const HttpRequest& request)
{
    return request.method == "POST"
        && (request.path == u"/v1/batches" || request.path == u"/v1/messages/batches"
            || request.path.endsWith(u":batchGenerateContent"));
}

HttpResponse FakeBatchService::handle(const HttpRequest& request)
{
    const Format format = *formatOf(request.path);
    switch (format) {
    case Format::OpenAi:
        return openAi(request);
    case Format::Anthropic:
        return anthropic(request);
    case Format::Gemini:
        break;
    }
    return gemini(request);
}

FakeBatchService::Batch* FakeBatchService::batch(const QString& id)
{
    const auto it = m_batches.find(id);
    return it == m_batches.end() ? nullptr : &it->second;
}

FakeBatchService::Batch& FakeBatchService::add(Batch batch)
{
    batch.createdMs = now();
    batch.createdAtSecs = nowSecsSinceEpoch();
    batch.serial = ++m_serial;
    const QString id = batch.id;
    return m_batches.insert_or_assign(id, std::move(batch)).first->second;
}

FakeBatchService::ListPage FakeBatchService::list(Format format, const QString& afterId, int limit) const
{
    if (m_settings.listPageCap > 0)
        limit = std::min(limit, m_settings.listPageCap);
    QList<const Batch*> all;
    for (const auto& [id, batch] : m_batches) {
        if (batch.format == format)
            all.append(&batch);
    }
    std::sort(all.begin(), all.end(), [](const Batch* a, const Batch* b) { return a->serial > b->serial; });
    qsizetype from = 0;
    if (!afterId.isEmpty()) {
        while (from < all.size() && all.at(from)->id != afterId)
            ++from;
        ++from;
    }
    ListPage page;
    page.batches = all.mid(std::min(from, all.size()), limit);
    page.hasMore = from + limit < all.size();
    return page;
}

// One request of a batch, checked as the format's interactive endpoint checks it.
void FakeBatchService::addItem(Batch& batch, const QString& customId, const HttpRequest& itemRequest)
{
    Item item;
    item.customId = customId;
    auto parsed = api(batch.format).parse(itemRequest);
    if (auto* call = std::get_if<SimulatedCall>(&parsed)) {
        // A batch's requests name one model: one copy of its name serves them all.
        if (!batch.items.isEmpty() && batch.items.constLast().call && batch.items.constLast().call->model == call->model)
            call->model = batch.items.constLast().call->model;
        item.call = std::move(*call);
    } else {
        item.refusal = std::make_shared<const HttpResponse>(std::get<HttpResponse>(parsed));
    }
    batch.items.append(std::move(item));
    ++m_submitted[customId];
    ++m_itemsSubmitted;
}

double FakeBatchService::progress(const Batch& batch) const
{
    if (m_settings.completionMs <= 0)
        return 1.0;
    return std::min(1.0, double(now() - batch.createdMs) / m_settings.completionMs);
}

bool FakeBatchService::ended(const Batch& batch) const
{
    return batch.cancelled || progress(batch) >= 1.0;
}

bool FakeBatchService::expires(const Batch& batch) const
{
    if (m_settings.expiringIds.isEmpty())
        return false;
    for (const Item& item : batch.items) {
        if (m_settings.expiringIds.contains(item.customId))
            return true;
    }
    return false;
}

FakeBatchService::Outcome FakeBatchService::outcome(const Batch& batch, qsizetype index) const
{
    const Item& item = batch.items.at(index);
    if (m_settings.expiringIds.contains(item.customId))
        return Outcome::Expired;
    if (batch.cancelled)
        return Outcome::Cancelled;
    if (!item.call)
        return Outcome::Refused;
    const bool failing = m_settings.failingIds.contains(item.customId)
        || (m_settings.failEvery > 0 && (index + 1) % m_settings.failEvery == 0);
    return failing ? Outcome::Failed : Outcome::Answered;
}

// The body (and status) the interactive API would have answered this request with.
QByteArray FakeBatchService::answerBody(Format format, const Item& item, int* status) const
{
    if (!item.call) {
        *status = item.refusal->status;
        return item.refusal->body;
    }
    const HttpResponse response = api(format).success(*item.call, m_simulator.answer(*item.call));
    *status = response.status;
    return response.body;
}

int FakeBatchService::countDone(const Batch& batch, int* failed) const
{
    const qsizetype total = batch.items.size();
    const qsizetype done = ended(batch) ? total : qsizetype(progress(batch) * double(total));
    int failures = 0;
    for (qsizetype i = 0; i < done; ++i) {
        const Outcome result = outcome(batch, i);
        failures += result == Outcome::Answered ? 0 : 1;
    }
    *failed = failures;
    return int(done);
}

HttpResponse FakeBatchService::results(HttpResponse response) const
{
    if (m_settings.resultsDribbleBytes > 0) {
        response.delivery = HttpResponse::Delivery::Dribbled;
        response.dribbleChunkBytes = m_settings.resultsDribbleBytes;
    }
    return response;
}
