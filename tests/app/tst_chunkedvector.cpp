// SPDX-License-Identifier: GPL-3.0-or-later
// ChunkedVector: copies share chunks, and a write copies only the chunk it touches.
#include "chunkedvector.h"

#include <QTest>

using namespace lle;

namespace {

using Small = ChunkedVector<int, 4>;

Small numbers(int n)
{
    Small v;
    for (int i = 0; i < n; ++i)
        v.push_back(i);
    return v;
}

}  // namespace

class TestChunkedVector : public QObject {
    Q_OBJECT

private slots:
    void copyWriteLeavesTheOriginal_data();
    void copyWriteLeavesTheOriginal();
    void pushOnACopyDoesNotReachTheOriginal();
    void assignPrefixSharesFullChunksOnly_data();
    void assignPrefixSharesFullChunksOnly();
    void resizeShrinksAndGrows();
};

void TestChunkedVector::copyWriteLeavesTheOriginal_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("index");
    QTest::newRow("first chunk") << 10 << 1;
    QTest::newRow("middle chunk") << 10 << 5;
    QTest::newRow("last, partial chunk") << 10 << 9;
    QTest::newRow("chunk boundary") << 12 << 8;
}

void TestChunkedVector::copyWriteLeavesTheOriginal()
{
    QFETCH(int, size);
    QFETCH(int, index);
    const Small original = numbers(size);
    Small copy = original;
    for (std::size_t c = 0; c < original.chunkCount(); ++c)
        QVERIFY(copy.sharesChunkWith(original, c));
    copy.mutableAt(static_cast<std::size_t>(index)) = -1;
    QCOMPARE(copy[static_cast<std::size_t>(index)], -1);
    QCOMPARE(original[static_cast<std::size_t>(index)], index);
    // Only the written chunk was copied.
    const std::size_t written = static_cast<std::size_t>(index) / Small::kChunkSize;
    for (std::size_t c = 0; c < original.chunkCount(); ++c)
        QCOMPARE(copy.sharesChunkWith(original, c), c != written);
    // A second write to the chunk, now owned, copies nothing more.
    copy.mutableAt(written * Small::kChunkSize) = -2;
    QCOMPARE(original[written * Small::kChunkSize], static_cast<int>(written * Small::kChunkSize));
}

void TestChunkedVector::pushOnACopyDoesNotReachTheOriginal()
{
    const Small original = numbers(6);   // the last chunk has two of four
    Small copy = original;
    copy.push_back(100);
    QCOMPARE(copy.size(), std::size_t(7));
    QCOMPARE(original.size(), std::size_t(6));
    QCOMPARE(original.back(), 5);
    QCOMPARE(copy.back(), 100);
    QVERIFY(copy.sharesChunkWith(original, 0));
    QVERIFY(!copy.sharesChunkWith(original, 1));
    // The original can still grow on its own.
    Small grown = original;
    grown.push_back(7);
    QCOMPARE(grown[6], 7);
    QCOMPARE(copy[6], 100);
}

void TestChunkedVector::assignPrefixSharesFullChunksOnly_data()
{
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("lastShared");
    QTest::newRow("whole chunks") << 8 << true;
    QTest::newRow("into a chunk") << 6 << false;
    QTest::newRow("empty") << 0 << true;
}

void TestChunkedVector::assignPrefixSharesFullChunksOnly()
{
    QFETCH(int, prefix);
    QFETCH(bool, lastShared);
    const Small history = numbers(11);
    Small v;
    v.assignPrefix(history, static_cast<std::size_t>(prefix));
    QCOMPARE(v.size(), static_cast<std::size_t>(prefix));
    for (int i = 0; i < prefix; ++i)
        QCOMPARE(v[static_cast<std::size_t>(i)], i);
    if (prefix > 0) {
        QCOMPARE(v.sharesChunkWith(history, v.chunkCount() - 1), lastShared);
        // Writing past the prefix never shows in the history it came from.
        v.push_back(-1);
        QCOMPARE(history[static_cast<std::size_t>(prefix)], prefix);
    }
}

void TestChunkedVector::resizeShrinksAndGrows()
{
    const Small original = numbers(10);
    Small v = original;
    v.resize(5);
    QCOMPARE(v.size(), std::size_t(5));
    QCOMPARE(v.back(), 4);
    v.resize(9, 42);
    QCOMPARE(v.size(), std::size_t(9));
    QCOMPARE(v[5], 42);
    QCOMPARE(v[8], 42);
    QCOMPARE(original[5], 5);
    QCOMPARE(original.size(), std::size_t(10));
}

QTEST_GUILESS_MAIN(TestChunkedVector)
#include "tst_chunkedvector.moc"
