// Screenshots are not tests. A widget test that can also take the pictures in docs/screenshots
// ends with TURNO_TEST_MAIN_WITH_SCREENSHOTS: run with `--screenshots DIR` (tools/screenshots
// does), it runs its takeScreenshots(DIR) instead of its tests; run by CTest, it has no
// screenshot function to skip.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QtTest>
#include <functional>

namespace Turno::Test
{

// The one function of a screenshot run, so that QVERIFY and QTRY_* work in it as in a test.
class ScreenshotRun : public QObject
{
    Q_OBJECT
public:
    explicit ScreenshotRun(std::function<void()> take) : m_take(std::move(take)) {}

private Q_SLOTS:
    void screenshots() { m_take(); }

private:
    std::function<void()> m_take;
};

// The folder after --screenshots on the command line; empty when the program runs as a test.
inline QString screenshotFolder()
{
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--screenshots"));
    return at >= 0 ? arguments.value(at + 1) : QString();
}

} // namespace Turno::Test

// QTEST_MAIN, plus the screenshot mode. TestObject::takeScreenshots(const QString &folder) does its
// own setting up (initTestCase, a server) and cleaning up. Only the program's name goes to
// QTest::qExec in that mode, so --screenshots is no test function it would refuse.
#define TURNO_TEST_MAIN_WITH_SCREENSHOTS(TestObject)                                                                   \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QTEST_MAIN_SETUP()                                                                                             \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        if (const QString folder = Turno::Test::screenshotFolder(); !folder.isEmpty()) {                               \
            Turno::Test::ScreenshotRun run([&tc, folder] { tc.takeScreenshots(folder); });                             \
            return QTest::qExec(&run, 1, argv);                                                                        \
        }                                                                                                              \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
