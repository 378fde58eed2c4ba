#!/bin/sh
# Generates the card simulator's test PKI: a CSCA shaped like Vietnam's (brainpoolP512r1 with explicit curve
# parameters, SHA-512), a document signer under it, active-authentication keys, and an unrelated second CSCA with
# its own document signer for the "untrusted signer" case. Usage: make-test-pki.sh OUTDIR
set -eu
out=${1:?usage: make-test-pki.sh OUTDIR}
mkdir -p "$out"
cd "$out"
if [ -f done.stamp ]; then exit 0; fi

cat > ext.cnf <<'CNF'
[csca]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ds]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF

make_csca() { # name, CN
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP512r1 -pkeyopt ec_param_enc:explicit \
        -out "$1.key" 2>/dev/null
    openssl req -new -x509 -sha512 -key "$1.key" -days 5475 -subj "/C=VN/O=Motcua Test PKI/CN=$2" \
        -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -out "$1.pem"
}

make_ds() { # name, CA name, CN
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP256r1 -out "$1.key"
    openssl req -new -key "$1.key" -subj "/C=VN/O=Motcua Test PKI/CN=$3" -out "$1.csr"
    openssl x509 -req -sha512 -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -days 3650 \
        -extfile ext.cnf -extensions ds -out "$1.pem" 2>/dev/null
    rm -f "$1.csr"
}

make_csca csca "Test CSCA Vietnam"
make_ds ds csca "Test Document Signer 01"
make_csca csca-other "Unrelated Test CSCA"
make_ds ds-other csca-other "Unrelated Document Signer"

# Active authentication keys: ECDSA (as DG14 would announce) and RSA (ISO 9796-2); a clone's wrong key.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP256r1 -out aa-ec.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out aa-rsa.key 2>/dev/null
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:brainpoolP256r1 -out aa-clone.key

openssl x509 -in csca.pem -outform DER -out csca.der
touch done.stamp
echo "test PKI in $out"
