#include "selfsignedcertificate.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <unistd.h>

namespace Turno::Server::SelfSignedCertificate
{

namespace
{

constexpr long kValiditySeconds = 20L * 365 * 24 * 3600;

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString openSslError(const char *what)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLatin1(text));
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray toPem(int (*writer)(BIO *, void *), void *object)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || writer(bio.get(), object) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

int writeCertificate(BIO *bio, void *object)
{
    return PEM_write_bio_X509(bio, static_cast<X509 *>(object));
}

int writeKey(BIO *bio, void *object)
{
    return PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY *>(object), nullptr, nullptr, 0, nullptr, nullptr);
}

// Writes data to path through path.tmp created with mode; fsync, then rename.
bool writeFile(const QString &path, const QByteArray &data, mode_t mode, QString *error)
{
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp"));
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
            ::close(fd);
            ::unlink(temporary.constData());
            return false;
        }
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QStringLiteral("cannot store %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

} // namespace

Pem generate(const QString &commonName, QString *error)
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key) {
        *error = openSslError("cannot create an ECDSA P-256 key");
        return {};
    }
    Certificate certificate(X509_new());
    if (!certificate) {
        *error = openSslError("cannot create a certificate");
        return {};
    }
    X509_set_version(certificate.get(), 2); // X.509 v3
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        *error = openSslError("no random serial number");
        return {};
    }
    serial[0] &= 0x7f; // positive, as RFC 5280 asks
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600); // tolerate a client clock an hour behind
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kValiditySeconds);
    X509_set_pubkey(certificate.get(), key.get());

    const QByteArray name = commonName.toUtf8();
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Turno"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(name.constData()),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), subject); // self-signed

    QByteArray altNames = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!commonName.isEmpty() && commonName != QLatin1String("localhost"))
        altNames = "DNS:" + name + ',' + altNames;
    if (!addExtension(certificate.get(), NID_subject_alt_name, altNames) ||
        !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(certificate.get(), NID_subject_key_identifier, "hash")) {
        *error = openSslError("cannot add the certificate's extensions");
        return {};
    }
    // SHA-256: OpenSSL 3 at its default security level refuses SHA-1 signatures.
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0) {
        *error = openSslError("cannot sign the certificate");
        return {};
    }
    Pem pem{toPem(writeCertificate, certificate.get()), toPem(writeKey, key.get())};
    if (pem.certificate.isEmpty() || pem.privateKey.isEmpty()) {
        *error = openSslError("cannot encode the certificate");
        return {};
    }
    return pem;
}

bool write(const Pem &pem, const QString &certificatePath, const QString &keyPath, QString *error)
{
    // The key first: a certificate without its key would be reused and fail at every start.
    return writeFile(keyPath, pem.privateKey, 0600, error) && writeFile(certificatePath, pem.certificate, 0644, error);
}

bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    Bio certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certificateBio || !keyBio)
        return false;
    Certificate certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    Key key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace Turno::Server::SelfSignedCertificate
