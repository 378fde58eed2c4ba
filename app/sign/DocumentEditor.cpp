#include "DocumentEditor.h"

#include "SignTr.h"

#include <QRegularExpression>

#include <podofo.h>

#include <algorithm>

using namespace PoDoFo;

namespace motcua::sign {

namespace {

QByteArray serialize(const PdfVariant& v)
{
    std::string s;
    v.ToString(s, ePdfWriteMode_Compact);
    return QByteArray::fromStdString(s);
}

QByteArray refText(const PdfReference& r)
{
    return QByteArray::number(static_cast<qulonglong>(r.ObjectNumber())) + ' ' +
           QByteArray::number(r.GenerationNumber()) + " R";
}

PdfReference parseRef(const QByteArray& text)
{
    const QList<QByteArray> parts = text.split(' ');
    return PdfReference(static_cast<pdf_objnum>(parts.value(0).toLong()),
                        static_cast<pdf_gennum>(parts.value(1).toInt()));
}

} // namespace

struct DocumentEditor::Impl
{
    PdfMemDocument doc;
    QByteArray header;
    QByteArray raw;

    PdfObject* resolve(PdfObject* o)
    {
        while (o && o->IsReference())
            o = doc.GetObjects().GetObject(o->GetReference());
        return o;
    }
    void write(IncrementalUpdate& update, const PdfReference& ref, const PdfVariant& value)
    {
        update.setObject(static_cast<int>(ref.ObjectNumber()), serialize(value), ref.GenerationNumber());
    }
};

DocumentEditor::DocumentEditor() : d(std::make_unique<Impl>())
{
    // PoDoFo's own logging would print parser chatter (and maybe file content) to stderr.
    PdfError::EnableLogging(false);
    PdfError::EnableDebug(false);
}

DocumentEditor::~DocumentEditor() = default;

Status DocumentEditor::open(const QByteArray& pdf)
{
    if (pdf.isEmpty())
        return Status(Status::Code::InputRejected, Tr::tr("The file is empty; it is not a PDF document."));
    if (!pdf.left(1024).contains("%PDF-"))
        return Status(Status::Code::InputRejected, Tr::tr("The file is not a PDF document."));
    d->header = pdf.mid(pdf.indexOf("%PDF-"), 8);
    d->raw = pdf;
    try {
        d->doc.LoadFromBuffer(pdf.constData(), static_cast<long>(pdf.size()), true);
        if (d->doc.GetEncrypted() || d->doc.GetTrailer()->GetDictionary().HasKey(PdfName("Encrypt")))
            return Status(Status::Code::InputRejected,
                          Tr::tr("The PDF document is encrypted. Ask for a copy without a password."));
        if (d->doc.GetPageCount() < 1)
            return Status(Status::Code::InputRejected, Tr::tr("The PDF document has no pages."));
    } catch (const PdfError& e) {
        if (e.GetError() == ePdfError_InvalidPassword)
            return Status(Status::Code::InputRejected,
                          Tr::tr("The PDF document is encrypted. Ask for a copy without a password."));
        return Status(Status::Code::InputRejected, Tr::tr("The PDF document is damaged and cannot be read."),
                      QString::fromUtf8(PdfError::ErrorName(e.GetError())));
    }
    return Status::ok();
}

int DocumentEditor::pageCount() const
{
    return d->doc.GetPageCount();
}

QByteArray DocumentEditor::pageReference(int index) const
{
    return refText(d->doc.GetPage(index)->GetObject()->Reference());
}

QRectF DocumentEditor::pageBox(int index) const
{
    const PdfRect r = d->doc.GetPage(index)->GetMediaBox();
    return QRectF(r.GetLeft(), r.GetBottom(), r.GetWidth(), r.GetHeight());
}

QStringList DocumentEditor::fieldNames() const
{
    QStringList names;
    PdfObject* form = d->resolve(d->doc.GetCatalog()->GetDictionary().GetKey(PdfName("AcroForm")));
    if (!form || !form->IsDictionary())
        return names;
    PdfObject* fields = d->resolve(form->GetDictionary().GetKey(PdfName("Fields")));
    if (!fields || !fields->IsArray())
        return names;
    for (PdfObject& f : fields->GetArray()) {
        PdfObject* field = d->resolve(&f);
        if (field && field->IsDictionary())
            if (PdfObject* t = field->GetDictionary().GetKey(PdfName("T")); t && t->IsString())
                names << QString::fromStdString(t->GetString().GetStringUtf8());
    }
    return names;
}

int DocumentEditor::nextObjectNumber() const
{
    long next = static_cast<long>(d->doc.GetTrailer()->GetDictionary().GetKeyAsLong(PdfName("Size"), 0));
    for (PdfObject* o : d->doc.GetObjects())
        next = std::max<long>(next, static_cast<long>(o->Reference().ObjectNumber()) + 1);
    return static_cast<int>(next);
}

QByteArray DocumentEditor::trailerEntries() const
{
    const PdfDictionary& t = d->doc.GetTrailer()->GetDictionary();
    QByteArray entries = "/Root " + refText(d->doc.GetCatalog()->Reference());
    // PoDoFo adds an /Info dictionary in memory when the file has none; only one the file really has may be named.
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R"));
    QRegularExpressionMatch last;
    for (auto it = infoRe.globalMatch(QString::fromLatin1(d->raw)); it.hasNext();)
        last = it.next();
    if (last.hasMatch())
        entries += " /Info " + last.captured(1).toLatin1() + ' ' + last.captured(2).toLatin1() + " R";
    Q_UNUSED(t);
    if (const PdfObject* id = t.GetKey(PdfName("ID")))
        entries += " /ID " + serialize(*id);
    return entries;
}

bool DocumentEditor::hasDss() const
{
    return d->doc.GetCatalog()->GetDictionary().HasKey(PdfName("DSS"));
}

Status DocumentEditor::addSignatureField(IncrementalUpdate& update, int pageIndex, const QByteArray& widgetRef)
{
    try {
        const PdfReference widget = parseRef(widgetRef);
        // The page: /Annots either lives in an array object of its own or directly in the page dictionary.
        PdfObject* page = d->doc.GetPage(pageIndex)->GetObject();
        PdfObject* annots = page->GetDictionary().GetKey(PdfName("Annots"));
        if (annots && annots->IsReference() && d->resolve(annots) && d->resolve(annots)->IsArray()) {
            PdfArray arr = d->resolve(annots)->GetArray();
            arr.push_back(PdfObject(widget));
            d->write(update, annots->GetReference(), PdfVariant(arr));
        } else {
            PdfDictionary dict = page->GetDictionary();
            PdfArray arr = (annots && annots->IsArray()) ? annots->GetArray() : PdfArray();
            arr.push_back(PdfObject(widget));
            dict.AddKey(PdfName("Annots"), arr);
            d->write(update, page->Reference(), PdfVariant(dict));
        }

        PdfObject* catalog = d->doc.GetCatalog();
        PdfDictionary catalogDict = catalog->GetDictionary();
        bool catalogChanged = false;
        PdfObject* formKey = catalogDict.GetKey(PdfName("AcroForm"));
        PdfObject* form = d->resolve(formKey);
        PdfDictionary formDict = (form && form->IsDictionary()) ? form->GetDictionary() : PdfDictionary();
        PdfObject* fieldsKey = formDict.GetKey(PdfName("Fields"));
        PdfObject* fields = d->resolve(fieldsKey);
        PdfArray fieldArr = (fields && fields->IsArray()) ? fields->GetArray() : PdfArray();
        fieldArr.push_back(PdfObject(widget));
        if (fieldsKey && fieldsKey->IsReference() && fields && fields->IsArray())
            d->write(update, fieldsKey->GetReference(), PdfVariant(fieldArr));
        else
            formDict.AddKey(PdfName("Fields"), fieldArr);
        formDict.AddKey(PdfName("SigFlags"), PdfObject(static_cast<pdf_int64>(3)));
        if (formKey && formKey->IsReference()) {
            d->write(update, formKey->GetReference(), PdfVariant(formDict));
        } else {
            const int formNum = update.reserve();
            update.setObject(formNum, serialize(PdfVariant(formDict)));
            catalogDict.AddKey(PdfName("AcroForm"), PdfObject(PdfReference(static_cast<pdf_objnum>(formNum), 0)));
            catalogChanged = true;
        }
        // PDF 1.7 + ETSI.CAdES.detached: declare the ETSI_PAdES developer extension (EN 319 142-1, 5.1).
        PdfObject* ext = d->resolve(catalogDict.GetKey(PdfName("Extensions")));
        if (!ext || !ext->IsDictionary() || !ext->GetDictionary().HasKey(PdfName("ESIC"))) {
            PdfDictionary extDict = (ext && ext->IsDictionary()) ? ext->GetDictionary() : PdfDictionary();
            PdfDictionary esic;
            esic.AddKey(PdfName("BaseVersion"), PdfName("1.7"));
            esic.AddKey(PdfName("ExtensionLevel"), PdfObject(static_cast<pdf_int64>(2)));
            extDict.AddKey(PdfName("ESIC"), esic);
            catalogDict.AddKey(PdfName("Extensions"), extDict);
            if (d->header < QByteArray("%PDF-1.7"))
                catalogDict.AddKey(PdfName("Version"), PdfName("1.7"));
            catalogChanged = true;
        }
        if (catalogChanged)
            d->write(update, catalog->Reference(), PdfVariant(catalogDict));
    } catch (const PdfError& e) {
        return Status(Status::Code::InputRejected, Tr::tr("The PDF document is damaged and cannot be signed."),
                      QString::fromUtf8(PdfError::ErrorName(e.GetError())));
    }
    return Status::ok();
}

QByteArray pdfTextString(const QString& text)
{
    return serialize(PdfVariant(PdfString(reinterpret_cast<const pdf_utf8*>(text.toUtf8().constData()))));
}

} // namespace motcua::sign
