// Resident CSV files come from other offices and spreadsheets: the streaming reader and the row validator must
// survive any bytes (bounded fields and columns, no reads past the buffer) and never accept a row they should not.
#include "CsvReader.h"
#include "FuzzSupport.h"
#include "ResidentValidator.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureApplication();
    QByteArray input = bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    motcua::statistics::CsvReader reader(&buffer);
    motcua::statistics::ResidentValidator validator(20260101);
    bool header = false;
    motcua::statistics::Resident r; // filled again row after row, as the importer does
    for (int records = 0; records < 10000; ++records) {
        const auto outcome = reader.next();
        if (outcome == motcua::statistics::CsvReader::Outcome::End)
            break;
        if (outcome == motcua::statistics::CsvReader::Outcome::Error)
            continue;
        if (reader.fields().size() > size_t(motcua::statistics::CsvReader::kMaxFields))
            __builtin_trap();
        if (!header) {
            header = validator.readHeader(reader.fields());
            continue;
        }
        if (validator.readRow(reader.fields(), r) &&
            (r.dateOfBirth > 20260101 || r.idNumber > 999999999999LL || r.householdId.isEmpty()))
            __builtin_trap();
    }
    return 0;
}
