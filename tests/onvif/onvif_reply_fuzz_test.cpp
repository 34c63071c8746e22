// The fuzz harness in the normal suite: the seed replies parse, and thousands of
// deterministic mutations of them give errors or results, never a crash or a hang.
#include "catch_qt.h"
#include "reply_fuzz_harness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <random>

using pontive::onvif::parseReplyForFuzzing;

namespace {

QList<QByteArray> seeds()
{
    QList<QByteArray> out;
    const QDir corpus(QStringLiteral(PONTIVE_ONVIF_FUZZ_CORPUS));
    for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(corpus.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

int parse(const QByteArray &data)
{
    return parseReplyForFuzzing(reinterpret_cast<const unsigned char *>(data.constData()),
                                static_cast<std::size_t>(data.size()));
}

QByteArray mutate(QByteArray data, std::mt19937 &random)
{
    const auto pick = [&](qsizetype bound) {
        return bound <= 0 ? 0 : static_cast<qsizetype>(random() % static_cast<unsigned>(bound));
    };
    static const QList<QByteArray> kTokens = {"<", ">", "</", "/>", "\"", "&amp;", "&#0;", "xmlns:tt=\"x\"",
                                              "<tt:Zoom x=\"nan\"/>", "99999999999999999999", "\r\n", "\0",
                                              "<![CDATA[", "]]>", "Content-Length: 999999\r\n"};
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int i = 0; i < edits && data.size() > 1; ++i) {
        const qsizetype at = 1 + pick(data.size() - 1);
        switch (random() % 5) {
        case 0: data[at] = static_cast<char>(random()); break;
        case 1: data.truncate(at); break;
        case 2: data.remove(at, pick(64) + 1); break;
        case 3: data.insert(at, kTokens[pick(kTokens.size())]); break;
        default: data.insert(at, data.mid(pick(data.size()), pick(128))); break;
        }
    }
    return data;
}

} // namespace

TEST_CASE("every seed reply of the fuzz corpus parses, the fault as a fault", "[onvif][fuzz]")
{
    const QList<QByteArray> corpus = seeds();
    REQUIRE(corpus.size() >= 12);
    for (const QByteArray &seed : corpus) {
        INFO(seed.left(60).toStdString());
        const bool isFault = seed.contains("env:Fault");
        CHECK((parse(seed) == 0) != isFault);
    }
}

TEST_CASE("mutated replies never crash or hang the parsers", "[onvif][fuzz]")
{
    const QList<QByteArray> corpus = seeds();
    REQUIRE_FALSE(corpus.isEmpty());
    std::mt19937 random(20261130);
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    constexpr int kRounds = 20000;
    for (int i = 0; i < kRounds; ++i)
        failures += parse(mutate(corpus[i % corpus.size()], random)) != 0;
    CHECK(failures > 0);  // the mutations do break things
    CHECK(timer.elapsed() < 20000);
}
