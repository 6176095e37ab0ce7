// The Spanish, Brazilian Portuguese and French translations are complete: lupdate, run over the
// current sources into a copy of each .ts file, finds no unfinished or empty entry.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void embeddedInPrograms_data();
    void embeddedInPrograms();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QDir source(Turno::Test::sourceDir());
    const QString original = source.filePath(QStringLiteral("translations/turno_%1.ts").arg(language));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("turno_%1.ts").arg(language));
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none")};
    for (const char *folder : {"shared", "widgets", "app-server", "app-client", "app-executive"})
        arguments.append(source.filePath(QLatin1String(folder)));
    arguments << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(TURNO_LUPDATE_BIN), arguments);
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    QVERIFY2(ts.count(QLatin1String("<message")) > 20, "the .ts file holds almost nothing");

    // Name every source string still unfinished, so the failure says what to translate.
    static const QRegularExpression message(QStringLiteral("<message[^>]*>\\s*<source>(.*?)</source>.*?</message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QStringList missing;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString block = match.captured(0);
        if (block.contains(QLatin1String("type=\"unfinished\"")) ||
            block.contains(QLatin1String("<translation></translation>")) ||
            block.contains(QLatin1String("<numerusform></numerusform>")))
            missing.append(match.captured(1));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated in %2 (run tools/update-translations): %3")
                                               .arg(missing.size())
                                               .arg(language, missing.join(QLatin1String(" | ")))));
}

void TestTranslations::embeddedInPrograms_data()
{
    complete_data();
}

void TestTranslations::embeddedInPrograms()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/turno_%1.qm").arg(language)), "compiled translation not embedded");
    QVERIFY(!translator.isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
