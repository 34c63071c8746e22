#include "camera_importer.h"

#include "camera_columns.h"
#include "camera_row_parser.h"
#include "csv_reader.h"
#include "inventory_writer.h"
#include "json_rows.h"
#include "logging.h"
#include "store/agency_repository.h"
#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QFileInfo>

namespace pontive::core {

namespace {

struct Rows {
    std::vector<std::pair<int, QHash<QString, QString>>> rows;
};

// CSV records -> rows keyed by canonical column; file-level problems become issues.
Rows csvRows(const QByteArray &data, const QString &file, std::vector<ImportIssue> &issues)
{
    Rows out;
    const CsvTable table = CsvReader::parse(data);
    if (table.records.empty()) {
        issues.push_back(ImportIssue{file, 1, {}, CameraImporter::tr("the file is empty")});
        return out;
    }
    const CsvRecord &header = table.records.front();
    if (!header.error.isEmpty()) {
        issues.push_back(ImportIssue{file, header.line, {}, header.error});
        return out;
    }
    QStringList keys;
    for (const QString &h : header.fields) {
        keys << canonicalColumn(h);
        if (keys.back().isEmpty() && !h.trimmed().isEmpty())
            qCInfo(lcImport).noquote() << file << "ignores unknown column" << h.trimmed();
    }
    for (const QString &required : requiredInventoryColumns()) {
        if (!keys.contains(required))
            issues.push_back(ImportIssue{file, header.line, required, CameraImporter::tr("required column is missing")});
    }
    if (!issues.empty())
        return out;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord &rec = table.records[r];
        if (!rec.error.isEmpty()) {
            issues.push_back(ImportIssue{file, rec.line, {}, rec.error});
            continue;
        }
        if (rec.fields.size() > keys.size()) {
            issues.push_back(ImportIssue{file, rec.line, {},
                                         CameraImporter::tr("%1 fields, the header has %2")
                                             .arg(rec.fields.size())
                                             .arg(keys.size())});
            continue;
        }
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < rec.fields.size(); ++i) {
            if (!keys[i].isEmpty())
                row.insert(keys[i], rec.fields[i]);
        }
        out.rows.emplace_back(rec.line, std::move(row));
    }
    return out;
}

Rows jsonRows(const QByteArray &data, const QString &file, std::vector<ImportIssue> &issues)
{
    Rows out;
    auto parsed = JsonRows::parse(data);
    if (!parsed) {
        issues.push_back(ImportIssue{file, parsed.error().line, {}, parsed.error().reason});
        return out;
    }
    for (const JsonRow &r : *parsed) {
        if (!r.error.isEmpty()) {
            issues.push_back(ImportIssue{file, r.line, {}, r.error});
            continue;
        }
        QHash<QString, QString> row;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            const QString key = canonicalColumn(it.key());
            if (!key.isEmpty())
                row.insert(key, it.value());
        }
        out.rows.emplace_back(r.line, std::move(row));
    }
    return out;
}

bool looksLikeJson(const QByteArray &data)
{
    for (char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' || c == '{';
    }
    return false;
}

} // namespace

CameraImporter::CameraImporter(std::shared_ptr<Database> db, Actor actor)
    : m_db(std::move(db)), m_actor(std::move(actor))
{
}

Result<ImportReport> CameraImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    ImportOptions effective = options;
    if (effective.format == ImportFormat::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("json"))
            effective.format = ImportFormat::Json;
        else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
            effective.format = ImportFormat::Csv;
    }
    return importData(file.readAll(), path, effective);
}

Result<ImportReport> CameraImporter::importData(const QByteArray &data, const QString &fileName,
                                                const ImportOptions &options)
{
    ImportReport report;
    const bool json = options.format == ImportFormat::Json
        || (options.format == ImportFormat::Auto && looksLikeJson(data));
    Rows rows = json ? jsonRows(data, fileName, report.issues) : csvRows(data, fileName, report.issues);
    report.rowsRead = int(rows.rows.size());

    auto agencies = AgencyRepository(m_db, m_actor).list();
    if (!agencies)
        return std::unexpected(agencies.error());
    QStringList codes;
    for (const Agency &a : *agencies)
        codes << a.code;
    auto conn = m_db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto existing = runQuery(*conn, QStringLiteral("SELECT l.name, c.name FROM cameras c JOIN locations l ON l.id = c.location_id"));
    if (!existing)
        return std::unexpected(existing.error());
    QSet<QString> keys;
    while (existing->next())
        keys.insert(CameraRowParser::cameraKey(existing->value(0).toString(), existing->value(1).toString()));

    CameraRowParser parser(fileName, codes, keys);
    std::vector<InventoryItem> items;
    items.reserve(rows.rows.size());
    for (const auto &[line, row] : rows.rows) {
        if (auto item = parser.parse(row, line, report.issues))
            items.push_back(std::move(*item));
    }
    std::sort(report.issues.begin(), report.issues.end(),
              [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });

    if (!report.issues.empty() && !options.skipBad) {
        qCInfo(lcImport) << "import refused:" << report.issues.size() << "problems in" << fileName;
        return report;
    }
    if (items.empty())
        return report;
    auto written = InventoryWriter::write(*m_db, items, m_actor, QStringLiteral("import ") + QFileInfo(fileName).fileName());
    if (!written)
        return std::unexpected(written.error());
    report.camerasAdded = written->camerasAdded;
    report.locationsAdded = written->locationsAdded;
    report.committed = true;
    return report;
}

} // namespace pontive::core
