// SPDX-License-Identifier: GPL-3.0-or-later
// Every UI string is translated in both languages: no unfinished or empty entries.
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

TEST(Translations, EveryMessageIsFinishedInEveryLanguage) {
    QDir dir(QStringLiteral(KC_SOURCE_DIR "/resources/i18n"));
    const auto files = dir.entryList({"*.ts"}, QDir::Files);
    ASSERT_GE(files.size(), 2);
    for (const auto& name : files) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value("type").toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                EXPECT_NE(type, "unfinished") << name.toStdString() << ": " << source.toStdString();
                EXPECT_FALSE(text.isEmpty()) << name.toStdString() << ": " << source.toStdString();
            }
        }
        EXPECT_FALSE(xml.hasError()) << name.toStdString() << ": " << xml.errorString().toStdString();
        EXPECT_GT(messages, 10) << name.toStdString();
    }
}
