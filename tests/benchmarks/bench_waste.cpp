// Waste chart figures on a national-scale database: one year across all sites, the service's
// query and the chart update (targets: under 100 ms together, and the aggregation within 1.5
// times the same SQL run by the sqlite3 shell on the same file, both measured here).
//   bench_waste /tmp/national.sqlite [YYYYMM-to]
#include "charts/wastechart.h"
#include "models/wastetablemodel.h"
#include "services/appcontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The service's aggregation statement with the site list written out, for the sqlite3 shell.
QString shellSql(const QList<qint64> &sites, int from, int to)
{
    QStringList ids;
    for (qint64 id : sites)
        ids << QString::number(id);
    return QStringLiteral("SELECT site_id, local_month, product_line_id, category_id, route, "
                          "SUM(quantity_milli) FROM waste_line WHERE counted = 1 AND site_id IN "
                          "(%1) AND local_month >= %2 AND local_month <= %3 AND unit = 'kg' "
                          "GROUP BY site_id, local_month, product_line_id, category_id, route;")
        .arg(ids.join(QStringLiteral(", ")))
        .arg(from)
        .arg(to);
}

double shellMilliseconds(const QString &file, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {file});
    shell.write(QStringLiteral(".output /dev/null\n.timer on\n%1\n%1\n%1\n").arg(sql).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(120000);
    const QString text = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> runs;
    for (auto it = real.globalMatch(text); it.hasNext();)
        runs << it.next().captured(1).toDouble() * 1000;
    return runs.isEmpty() ? -1 : median(runs);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        out() << "usage: bench_waste NATIONAL.sqlite [YYYYMM]\n";
        return 1;
    }
    const QString file = app.arguments().at(1);
    auto context = Rpb::AppContext::open(file);
    if (!context) {
        out() << context.error().toLine() << '\n';
        return 5;
    }
    const int to = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 202610;
    const int from = Rpb::WasteSummaryService::addMonths(to, -11);
    Rpb::WasteSummaryService::Query query;
    query.fromMonth = from;
    query.toMonth = to;
    QList<qint64> sites;
    for (const Rpb::Site &s : *(*context)->masterData().sites())
        sites << s.meta.id;

    Rpb::WasteTableModel model;
    Rpb::WasteChart chart(&model);
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(900, 480);

    QList<double> queryMs, chartMs, renderMs;
    qint64 total = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        auto figures = (*context)->waste().figures(query);
        const double q = t.nsecsElapsed() / 1e6;
        if (!figures) {
            out() << figures.error().toLine() << '\n';
            return 5;
        }
        total = figures->totalMilli;
        t.restart();
        model.setFigures(*figures, i % 2 ? Rpb::WasteTableModel::View::OverTime
                                         : Rpb::WasteTableModel::View::PerProductLine);
        QCoreApplication::processEvents();
        const double c = t.nsecsElapsed() / 1e6;
        t.restart();
        QImage image(900, 480, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        const double r = t.nsecsElapsed() / 1e6;
        if (i > 0) { // the first run warms the page cache
            queryMs << q;
            chartMs << c;
            renderMs << r;
        }
    }
    const double shell = shellMilliseconds(file, shellSql(sites, Rpb::WasteSummaryService::addMonths(from, -12), to));
    out() << "one year (" << from << ".." << to << "), all " << sites.size()
          << " sites, waste total " << total / 1000 << " kg\n";
    out() << "figures (service, incl. previous year) median " << QString::number(median(queryMs), 'f', 1) << " ms\n";
    out() << "chart update (model + mapper)      median " << QString::number(median(chartMs), 'f', 1) << " ms\n";
    out() << "query + chart update               median "
          << QString::number(median(queryMs) + median(chartMs), 'f', 1) << " ms\n";
    out() << "render to a 900x480 image          median " << QString::number(median(renderMs), 'f', 1) << " ms\n";
    out() << "same SQL in the sqlite3 shell      median " << QString::number(shell, 'f', 1) << " ms\n";
    out() << "ratio service / shell              " << QString::number(median(queryMs) / shell, 'f', 2) << "\n";
    chart.setParent(nullptr);
    scene.removeItem(&chart);
    return 0;
}
