#!/usr/bin/env python3
"""Regenerates the committed seed corpus of the card fuzz targets (small, valid or nearly valid inputs).

Needs the openssl CLI and tests/tools/make-test-pki.sh. Usage: tests/fuzz/make-seed-corpus.py
"""
import hashlib
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def length(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, value):
    t = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    return t + length(len(value)) + value


def integer(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return tlv(0x02, b)


def oid(dotted):
    arcs = [int(a) for a in dotted.split(".")]
    out = bytearray()
    for i, v in enumerate([arcs[0] * 40 + arcs[1]] + arcs[2:]):
        chunk = [v & 0x7F]
        v >>= 7
        while v:
            chunk.insert(0, 0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(chunk)
    return tlv(0x06, bytes(out))


def seq(*items):
    return tlv(0x30, b"".join(items))


def utf8(s):
    return tlv(0x0C, s.encode("utf-8"))


def check_digit(s):
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def cccd_mrz():
    doc = "089012345"
    l1 = "IDVNM" + doc + check_digit(doc) + "001089012345<<" + check_digit("001089012345")
    dob, exp, opt2 = "890315", "290315", "<" * 11
    comp = l1[5:30] + dob + check_digit(dob) + exp + check_digit(exp) + opt2
    l2 = dob + check_digit(dob) + "M" + exp + check_digit(exp) + "VNM" + opt2 + check_digit(comp)
    return l1 + l2 + "NGUYEN<<VAN<AN".ljust(30, "<")


def dg13(parents_in_one=True):
    fields = [(1, "001089012345"), (2, "Nguyễn Văn An"), (3, "15/03/1989"), (4, "Nam"), (5, "Việt Nam"),
              (6, "Kinh"), (7, "Không"), (8, "Hà Nội"), (9, "Số 1 Phố Huế, Hà Nội"), (10, "Nốt ruồi"),
              (11, "10/04/2021"), (12, "Không thời hạn")]
    out = [seq(integer(n), utf8(v)) for n, v in fields]
    if parents_in_one:
        out.append(seq(integer(13), seq(utf8("Nguyễn Văn Bình"), utf8("Trần Thị Cúc"))))
    else:
        out.append(seq(integer(13), seq(utf8("Nguyễn Văn Bình")), seq(utf8("Trần Thị Cúc"))))
    out.append(bytes.fromhex("300302010E"))
    out.append(seq(integer(15), utf8("012345678")))
    return tlv(0x6D, seq(integer(1), oid("1.0.10646.1.0.8"), tlv(0x31, b"".join(out))))


def dg2(image, jp2):
    info = bytes(20 - 4)
    image_info = bytes([1, 1 if jp2 else 0]) + (60).to_bytes(2, "big") + (80).to_bytes(2, "big") + bytes([1, 2, 0, 0, 0, 0])
    facial = info + image_info + image
    block = (len(facial) + 4).to_bytes(4, "big") + facial
    record = b"FAC\x00" + b"010\x00" + (14 + len(block)).to_bytes(4, "big") + (1).to_bytes(2, "big") + block
    templ = tlv(0x7F60, tlv(0xA1, bytes.fromhex("800101")) + tlv(0x5F2E, record))
    return tlv(0x75, tlv(0x7F61, integer(1) + templ))


def openssl(*args, stdin=None):
    return subprocess.run(["openssl", *args], input=stdin, check=True, capture_output=True).stdout


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    card_access = bytes.fromhex("3134300d060804007f0007020202020101300f060a04007f000702020302020201013012"
                                "060a04007f0007020204020202010202010d")
    write("fuzz_tlv", "card-access", card_access)
    write("fuzz_tlv", "long-length", tlv(0x5F1F, b"x" * 300))
    write("fuzz_tlv", "nested", tlv(0x7F61, integer(1) + tlv(0x7F60, tlv(0xA1, b"\x80\x01\x01"))))
    write("fuzz_card_access", "cccd", card_access)
    write("fuzz_card_access", "several", tlv(0x31, b"".join(
        seq(oid("0.4.0.127.0.7.2.2.4." + o), integer(2), integer(p)) for o, p in (("2.2", 13), ("2.4", 16), ("1.2", 0)))))
    mrz = cccd_mrz()
    write("fuzz_mrz", "cccd-dg1", tlv(0x61, tlv(0x5F1F, mrz.encode())))
    write("fuzz_mrz", "icao-td1", tlv(0x61, tlv(0x5F1F, b"I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6"
                                                   b"ERIKSSON<<ANNA<MARIA<<<<<<<<<<")))
    write("fuzz_dg13", "parents-one-sequence", dg13(True))
    write("fuzz_dg13", "parents-two-sequences", dg13(False))
    fixtures = os.path.join(ROOT, "tests", "unit", "card", "fixtures")
    for name, jp2 in (("portrait-small.jpg", False), ("portrait-small.jp2", True), ("portrait-small.j2k", True)):
        with open(os.path.join(fixtures, name), "rb") as f:
            write("fuzz_dg2", "dg2-" + name.split(".")[-1], dg2(f.read(), jp2))
    dg14 = tlv(0x6E, tlv(0x31, seq(oid("0.4.0.127.0.7.2.2.3.2.2"), integer(1)) +
                         seq(oid("2.23.136.1.1.5"), integer(1), oid("0.4.0.127.0.7.1.1.4.1.3"))))
    write("fuzz_dg14", "ca-aa", dg14)
    write("fuzz_qr", "male", "001089012345|012345678|Nguyễn Văn An|15031989|Nam|Số 1 Phố Huế, Hà Nội|10042021")
    write("fuzz_qr", "female-extra", "079305001234||Trần Thị Bích|01022005|Nữ|Quận 1, TP Hồ Chí Minh|05062022|x")
    write("fuzz_secure_messaging", "des-select",
          b"\x00" + bytes.fromhex("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"))
    write("fuzz_secure_messaging", "des-response",
          b"\x00" + bytes.fromhex("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))

    with tempfile.TemporaryDirectory() as pki:
        subprocess.run(["sh", os.path.join(ROOT, "tests", "tools", "make-test-pki.sh"), pki], check=True,
                       capture_output=True)
        for key in ("aa-ec", "aa-rsa"):
            spki = openssl("pkey", "-in", os.path.join(pki, key + ".key"), "-pubout", "-outform", "DER")
            write("fuzz_dg15", key, tlv(0x6F, spki))
        groups = {1: tlv(0x61, tlv(0x5F1F, mrz.encode())), 13: dg13(True)}
        hashes = b"".join(seq(integer(n), tlv(0x04, hashlib.sha256(v).digest())) for n, v in sorted(groups.items()))
        lds = seq(integer(0), seq(oid("2.16.840.1.101.3.4.2.1")), seq(hashes))
        cms = openssl("cms", "-sign", "-binary", "-nodetach", "-econtent_type", "2.23.136.1.1.1", "-signer",
                      os.path.join(pki, "ds.pem"), "-inkey", os.path.join(pki, "ds.key"), "-outform", "DER", stdin=lds)
        write("fuzz_sod", "sod", tlv(0x77, cms))
        with open(os.path.join(pki, "csca.der"), "rb") as f:
            csca = f.read()
        content = seq(integer(0), tlv(0x31, csca))
        ml = openssl("cms", "-sign", "-binary", "-nodetach", "-econtent_type", "2.23.136.1.1.2", "-signer",
                     os.path.join(pki, "ds.pem"), "-inkey", os.path.join(pki, "ds.key"), "-outform", "DER", stdin=content)
        write("fuzz_master_list", "one-csca", ml)
        write("fuzz_master_list", "content-only", content)
    with open(os.path.join(ROOT, "resources", "trust", "csca-vietnam-epassport-2022.der"), "rb") as f:
        write("fuzz_master_list", "vietnam-csca-der", f.read())


if __name__ == "__main__":
    main()
