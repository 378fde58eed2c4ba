#include "SyntheticGenerator.h"

#include "AdminUnits.h"
#include "PopulationModel.h"
#include "PopulationSummary.h"
#include "SyntheticRandom.h"

#include <QDate>
#include <QIODevice>

#include <string>
#include <unordered_map>

namespace motcua::statistics {

namespace {

struct ProvinceChoice
{
    int code;
    std::string codeText;
    std::vector<std::string> wards;
    std::vector<double> ethCumulative, relCumulative;
    std::vector<std::string> ethNames, relNames;
};

std::string utf8(const QString& s)
{
    return s.toStdString();
}

void appendDate(std::string& line, int y, int m, int d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    line += buf;
}

} // namespace

Status SyntheticGenerator::write(QIODevice* out, qint64 residents, std::uint64_t seed,
                                 const std::function<void(qint64)>& progress, const std::atomic<bool>* cancel) const
{
    std::vector<ProvinceChoice> provinces;
    std::vector<double> provinceWeights;
    for (const Province& p : AdminUnits::instance().provinces()) {
        ProvinceChoice c;
        c.code = p.code.toInt();
        c.codeText = utf8(p.code);
        for (const Commune& w : p.communes)
            c.wards.push_back(utf8(w.code));
        const Distribution& eth = model::ethnicities(c.code);
        const Distribution& rel = model::religions(c.code);
        c.ethCumulative = SyntheticRandom::cumulate(eth.weights);
        c.relCumulative = SyntheticRandom::cumulate(rel.weights);
        for (const QString& n : eth.names)
            c.ethNames.push_back(utf8(n));
        for (const QString& n : rel.names)
            c.relNames.push_back(utf8(n));
        provinceWeights.push_back(model::provincePopulation(c.code));
        provinces.push_back(std::move(c));
    }
    if (provinces.empty())
        return Status::failed(tr("The administrative units are missing, so no residents can be generated."));

    SyntheticRandom rng(seed);
    const std::vector<double> provinceCum = SyntheticRandom::cumulate(provinceWeights);
    const std::vector<double> ageCum = SyntheticRandom::cumulate(model::ageBandShares());
    const std::vector<double> sizeCum = SyntheticRandom::cumulate({12, 20, 22, 24, 12, 6, 4});
    const std::vector<double> cardYearCum = SyntheticRandom::cumulate({40, 25, 12, 13, 10});
    const Distribution& family = model::familyNames();
    const std::vector<double> familyCum = SyntheticRandom::cumulate(family.weights);
    std::vector<std::string> familyNames, maleNames, femaleNames;
    for (const QString& n : family.names)
        familyNames.push_back(utf8(n));
    for (const QString& n : model::givenNames(false))
        maleNames.push_back(utf8(n));
    for (const QString& n : model::givenNames(true))
        femaleNames.push_back(utf8(n));

    // The last six digits of an ID number walk a permutation of 0…999999 per prefix, so numbers never repeat.
    std::unordered_map<int, int> serials;
    const int serialOffset = int(rng.below(1000000));

    std::string buffer = "id_number,full_name,date_of_birth,sex,ethnicity,religion,province_code,ward_code,"
                         "residence_type,household_id,card_issued\n";
    const int refYear = kReferenceDate / 10000;
    qint64 written = 0;
    qint64 household = 0;
    while (written < residents) {
        const ProvinceChoice& p = provinces[rng.pick(provinceCum)];
        const std::string& ward = p.wards[rng.below(p.wards.size())];
        const int size = int(rng.pick(sizeCum)) + 1;
        const std::size_t hhEth = rng.pick(p.ethCumulative);
        const std::size_t hhRel = rng.pick(p.relCumulative);
        const bool temporary = rng.chance(0.08);
        const std::string hhId = "HK" + ward + "-" + std::to_string(++household);
        for (int m = 0; m < size && written < residents; ++m, ++written) {
            const int band = int(rng.pick(ageCum));
            const int age = band == kAgeBands - 1 ? 80 + int(rng.below(20) * rng.unit()) : band * 5 + int(rng.below(5));
            const bool male = rng.chance(model::maleShare(band));
            const QDate dob = QDate(refYear - age, 1, 1).addDays(qint64(rng.below(365)));
            // Most members share the household's group and religion; some married in from elsewhere.
            const std::size_t eth = rng.chance(0.92) ? hhEth : rng.pick(p.ethCumulative);
            const std::size_t rel = rng.chance(0.95) ? hhRel : rng.pick(p.relCumulative);

            const int old = model::birthRegistrationCode(p.code);
            const int centurySex = (dob.year() / 100 - 19) * 2 + (male ? 0 : 1);
            const int prefix = old * 1000 + centurySex * 100 + dob.year() % 100;
            const int serial = int((qint64(serials[prefix]++) * 7919 + serialOffset) % 1000000);
            char id[48]; // room for any int the compiler cannot rule out; real values give 12 digits
            std::snprintf(id, sizeof id, "%03d%d%02d%06d", old, centurySex, dob.year() % 100, serial);

            std::string& line = buffer;
            line += id;
            line += ',';
            line += familyNames[rng.pick(familyCum)];
            line += ' ';
            const auto& given = male ? maleNames : femaleNames;
            line += given[rng.below(given.size())];
            line += ',';
            appendDate(line, dob.year(), dob.month(), dob.day());
            line += male ? ",M," : ",F,";
            line += p.ethNames[eth];
            line += ',';
            line += p.relNames[rel];
            line += ',';
            line += p.codeText;
            line += ',';
            line += ward;
            line += temporary ? ",temporary," : ",permanent,";
            line += hhId;
            line += ',';
            if (age >= 14 && rng.chance(0.88)) {
                const QDate eligible = dob.addYears(14);
                QDate issued = QDate(2021 + int(rng.pick(cardYearCum)), 1, 1).addDays(qint64(rng.below(365)));
                if (issued < eligible)
                    issued = eligible;
                if (issued.year() > refYear)
                    issued = QDate(refYear, 12, 31);
                appendDate(line, issued.year(), issued.month(), issued.day());
            }
            line += '\n';
        }
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
                return Status::failed(tr("The file could not be written."), out->errorString());
            buffer.clear();
            if (progress)
                progress(written);
            if (cancel && cancel->load())
                return Status::failed(tr("Generating was cancelled."));
        }
    }
    if (out->write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
        return Status::failed(tr("The file could not be written."), out->errorString());
    if (progress)
        progress(written);
    return Status::ok();
}

} // namespace motcua::statistics
