// The system's OpenSSL (Debian package libssl-dev), as RoamGate's Transport uses it for TLS.
// Swift cannot call the macros below; each gets a tiny inline function with the same meaning.
#ifndef ROAMGATE_COPENSSL_H
#define ROAMGATE_COPENSSL_H

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

/// SSL_set_tlsext_host_name: the SNI server name a client sends (RFC 6066 §3).
static inline int roamgate_ssl_set_server_name(SSL *ssl, const char *name) {
    return (int)SSL_set_tlsext_host_name(ssl, name);
}

/// SSL_CTX_set_min_proto_version: refuse protocol versions older than `version`.
static inline int roamgate_ssl_ctx_set_min_version(SSL_CTX *context, int version) {
    return (int)SSL_CTX_set_min_proto_version(context, version);
}

/// TLS 1.2, the oldest version RoamGate accepts (OCPP 2.0.1 security profile 2 requires at least it).
static inline int roamgate_tls1_2_version(void) { return TLS1_2_VERSION; }

/// SSL_CTX_set_mode with partial writes and a moving write buffer allowed.
static inline void roamgate_ssl_ctx_set_write_modes(SSL_CTX *context) {
    SSL_CTX_set_mode(context, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
}

#endif
