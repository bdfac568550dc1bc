#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace painpace {

void installTranslations(QCoreApplication& app) {
    auto* translator = new QTranslator(&app);
    const QString folder = QStringLiteral(":/painpace/i18n");
    if (translator->load(QLocale(), QStringLiteral("painpace"), QStringLiteral("_"), folder) ||
        translator->load(QStringLiteral("painpace_en"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace painpace
