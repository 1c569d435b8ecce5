// SPDX-License-Identifier: GPL-3.0-or-later
// Downloading a price list from a server on 127.0.0.1: the body, the byte cap, a host that does not
// answer (as when offline), and cancelling.
#include "priceimport/pricelistfetcher.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Answers every request with body, or never answers when silent.
class TinyServer : public QTcpServer
{
public:
    explicit TinyServer(QByteArray body, bool silent = false)
        : m_body(std::move(body))
        , m_silent(silent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/prices.json"_s.arg(serverPort())); }

private:
    void answer(QTcpSocket* socket)
    {
        if (!socket->readAll().contains("\r\n\r\n") || m_silent)
            return;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    }
    QByteArray m_body;
    bool m_silent;
};
} // namespace

class TestPriceListFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadsTheBody()
    {
        const QByteArray body = R"({"gpt-4o-mini": {"input_cost_per_token": 1.5e-07, "output_cost_per_token": 6e-07}})";
        TinyServer server(body);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        PriceListFetcher fetcher;
        QSignalSpy finished(&fetcher, &PriceListFetcher::finished);
        QSignalSpy failed(&fetcher, &PriceListFetcher::failed);
        fetcher.fetch(server.url());
        QVERIFY(fetcher.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(0).toByteArray(), body);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!fetcher.isBusy());
    }

    void refusesMoreThanTheCap()
    {
        TinyServer server(QByteArray(5000, 'x'));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        PriceListFetcher fetcher;
        fetcher.setByteCap(1000);
        QSignalSpy failed(&fetcher, &PriceListFetcher::failed);
        QSignalSpy finished(&fetcher, &PriceListFetcher::finished);
        fetcher.fetch(server.url());
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.constFirst().at(0).toString().contains(u"is larger than"_s),
                 qPrintable(failed.constFirst().at(0).toString()));
        QCOMPARE(finished.size(), 0);
    }

    void unreachableHostSaysOffline()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        PriceListFetcher fetcher;
        QSignalSpy failed(&fetcher, &PriceListFetcher::failed);
        fetcher.fetch(QUrl(u"http://127.0.0.1:%1/prices.json"_s.arg(port)));
        QVERIFY(failed.wait(10000));
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.contains(u"seems to be offline"_s) && message.contains(u"open it as a file"_s),
                 qPrintable(message));
    }

    void cancelStopsAndSaysSo()
    {
        TinyServer server({}, true);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        PriceListFetcher fetcher;
        QSignalSpy cancelled(&fetcher, &PriceListFetcher::cancelled);
        QSignalSpy finished(&fetcher, &PriceListFetcher::finished);
        QSignalSpy failed(&fetcher, &PriceListFetcher::failed);
        fetcher.fetch(server.url());
        QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections() || !server.findChildren<QTcpSocket*>().isEmpty(); }, 5000));
        fetcher.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!fetcher.isBusy());
        QVERIFY(!failed.wait(200)); // nothing may follow a cancel
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPriceListFetcher)
#include "tst_pricelistfetcher.moc"
