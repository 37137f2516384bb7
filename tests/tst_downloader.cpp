#include <atomic>

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include "TestCommon.h"
#include "common/Error.h"
#include "data/Downloader.h"

using namespace oneshot;
using namespace oneshot::data;

/// A minimal HTTP/1.0 server on 127.0.0.1 in its own thread that serves files from a folder;
/// "/cut/NAME" serves the first half of NAME while announcing the full length.
class FileServer : public QThread
{
public:
    explicit FileServer(QString root)
        : m_root(std::move(root))
    {
    }
    quint16 port() const { return m_port; }

    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        m_ready.release();
        while (!isInterruptionRequested()) {
            if (!server.waitForNewConnection(100))
                continue;
            QTcpSocket *s = server.nextPendingConnection();
            QByteArray request;
            while (!request.contains("\r\n\r\n") && s->waitForReadyRead(2000))
                request += s->readAll();
            QString path = QString::fromLatin1(request.split(' ').value(1));
            const bool cut = path.startsWith(QLatin1String("/cut/"));
            if (cut)
                path = path.mid(4);
            QFile f(m_root + path);
            if (!f.open(QIODevice::ReadOnly)) {
                s->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            } else {
                const QByteArray body = f.readAll();
                s->write("HTTP/1.0 200 OK\r\nContent-Type: application/zip\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n");
                s->write(cut ? body.left(body.size() / 2) : body);
            }
            s->flush();
            while (s->bytesToWrite() > 0 && s->waitForBytesWritten(2000)) { }
            s->disconnectFromHost();
            if (s->state() != QAbstractSocket::UnconnectedState)
                s->waitForDisconnected(2000);
            delete s;
        }
    }

    void waitReady() { m_ready.acquire(); }

private:
    QString m_root;
    std::atomic<quint16> m_port{0}; // written by the server's thread, read by the test's
    QSemaphore m_ready;
};

class TestDownloader : public QObject
{
    Q_OBJECT

private:
    FileServer *m_server = nullptr;

    DownloadSpec localSpec(const QString &urlPath, OmniglotSet set, const QString &file)
    {
        DownloadSpec spec = officialSpec(set);
        QFile f(test::dataFile(file));
        f.open(QIODevice::ReadOnly);
        const QByteArray bytes = f.readAll();
        // The shared copies are rebuilt: same content, other bytes than the official zips.
        spec.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(urlPath));
        spec.size = bytes.size();
        spec.md5Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new FileServer(test::dataDir());
        m_server->start();
        m_server->waitReady();
    }

    void cleanupTestCase()
    {
        m_server->requestInterruption();
        m_server->wait();
        delete m_server;
    }

    void downloadsChecksAndRenames()
    {
        QTemporaryDir out;
        const DownloadSpec spec = localSpec(QStringLiteral("/images_evaluation.zip"), OmniglotSet::Evaluation,
                                            QStringLiteral("images_evaluation.zip"));
        qint64 lastSeen = 0;
        int calls = 0;
        bool monotonic = true;
        downloadFile(spec, out.path(), [&](qint64 got, qint64 total) -> bool {
            monotonic = monotonic && got >= lastSeen;
            lastSeen = got;
            ++calls;
            return total == spec.size;
        });
        QVERIFY(calls >= 1);
        QVERIFY(monotonic);
        QCOMPARE(lastSeen, spec.size);
        QFileInfo done(out.filePath(QStringLiteral("images_evaluation.zip")));
        QVERIFY(done.isFile());
        QCOMPARE(done.size(), spec.size);
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("images_evaluation.zip.part"))));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("urlPath");
        QTest::addColumn<QString>("tweak");
        QTest::addColumn<QString>("mustMention");
        QTest::newRow("404") << "/missing.zip"
                             << ""
                             << "404";
        QTest::newRow("truncated") << "/cut/images_evaluation.zip"
                                   << ""
                                   << "images_evaluation.zip";
        QTest::newRow("wrong md5") << "/images_evaluation.zip"
                                   << "md5"
                                   << "md5";
        QTest::newRow("wrong content") << "/images_background_small1.zip"
                                       << "content"
                                       << "characters";
        QTest::newRow("cancelled") << "/images_evaluation.zip"
                                   << "cancel"
                                   << "cancelled";
    }

    void failures()
    {
        QFETCH(QString, urlPath);
        QFETCH(QString, tweak);
        QFETCH(QString, mustMention);
        QTemporaryDir out;
        const QString file = urlPath.contains(QLatin1String("small1")) ? QStringLiteral("images_background_small1.zip")
                                                                       : QStringLiteral("images_evaluation.zip");
        DownloadSpec spec = localSpec(urlPath, OmniglotSet::Evaluation, file);
        if (tweak == QLatin1String("md5"))
            spec.md5Hex = "00000000000000000000000000000000";
        DownloadProgress progress;
        if (tweak == QLatin1String("cancel"))
            progress = [](qint64 got, qint64) { return got < 100000; };
        try {
            downloadFile(spec, out.path(), progress);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(mustMention), qPrintable(e.message()));
        }
        // Nothing is left behind: no final file, no partial file.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
