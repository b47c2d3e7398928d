//! TLS to a PostgreSQL server, with libpq's `sslmode` meanings: `disable`, `prefer`,
//! `require` (encrypted, the certificate not checked), `verify-ca` (the certificate chains
//! to a trusted root) and `verify-full` (and names the host). Roots come from
//! `sslrootcert` (a PEM file) or the system's store. rustls with ring: no OpenSSL needed
//! on the machine.

use std::sync::Arc;

use anyhow::{Context, Result, bail};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, Error, SignatureScheme};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    Disable,
    Prefer,
    Require,
    Ca,
    Full,
}

#[derive(Debug, Clone)]
pub struct Mode {
    pub verify: Verify,
    pub root_cert: Option<String>,
}

/// Takes `sslmode` and `sslrootcert` out of the URL (or `PGSSLMODE`/`PGSSLROOTCERT`),
/// which the client library does not know in full.
pub fn split(url: &str) -> Result<(String, Mode)> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let mut mode = var("PGSSLMODE");
    let mut root_cert = var("PGSSLROOTCERT");
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b.to_string(), q),
        None => (url.to_string(), ""),
    };
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", v)) => mode = Some(v.to_string()),
            Some(("sslrootcert", v)) => root_cert = Some(v.to_string()),
            _ => kept.push(pair),
        }
    }
    let verify = match mode.as_deref().unwrap_or("prefer") {
        "disable" => Verify::Disable,
        "allow" | "prefer" => Verify::Prefer,
        "require" => Verify::Require,
        "verify-ca" => Verify::Ca,
        "verify-full" => Verify::Full,
        other => {
            bail!(crate::tr!("tls-bad-mode", mode = other))
        }
    };
    let url = if kept.is_empty() {
        base
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok((url, Mode { verify, root_cert }))
}

/// Connects with the TLS the mode asks for.
pub fn connect(cfg: &postgres::Config, mode: &Mode) -> Result<postgres::Client> {
    use postgres::config::SslMode;
    let mut cfg = cfg.clone();
    cfg.ssl_mode(match mode.verify {
        Verify::Disable => SslMode::Disable,
        Verify::Prefer => SslMode::Prefer,
        _ => SslMode::Require,
    });
    if mode.verify == Verify::Disable {
        return Ok(cfg.connect(postgres::NoTls)?);
    }
    #[allow(deprecated)] // the post-quantum key exchange is not needed to reach a server
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?;
    let config = match mode.verify {
        Verify::Disable | Verify::Prefer | Verify::Require => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unchecked(provider)))
            .with_no_client_auth(),
        Verify::Ca | Verify::Full => {
            let roots = Arc::new(roots(mode.root_cert.as_deref())?);
            let webpki =
                rustls::client::WebPkiServerVerifier::builder_with_provider(roots, provider)
                    .build()
                    .context(crate::tr!("tls-verifier"))?;
            if mode.verify == Verify::Full {
                builder.with_webpki_verifier(webpki).with_no_client_auth()
            } else {
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(AnyName(webpki)))
                    .with_no_client_auth()
            }
        }
    };
    cfg.connect(tokio_postgres_rustls::MakeRustlsConnect::new(config))
        .map_err(|e| refused(e, &cfg, mode))
}

/// A refused certificate said in the operator's words: which check failed and what to
/// look at, instead of the TLS library's names for it. Any other failure is the client's.
fn refused(e: postgres::Error, cfg: &postgres::Config, mode: &Mode) -> anyhow::Error {
    let certificate = std::error::Error::source(&e)
        .and_then(|s| s.downcast_ref::<std::io::Error>())
        .and_then(|io| io.get_ref())
        .and_then(|inner| inner.downcast_ref::<Error>())
        .and_then(|tls| match tls {
            Error::InvalidCertificate(c) => Some(c.clone()),
            _ => None,
        });
    let Some(c) = certificate else {
        return e.into();
    };
    let roots = mode
        .root_cert
        .clone()
        .unwrap_or_else(|| crate::tr!("tls-system-roots"));
    let host = cfg
        .get_hosts()
        .iter()
        .find_map(|h| match h {
            postgres::config::Host::Tcp(name) => Some(name.clone()),
            #[allow(unreachable_patterns)]
            _ => None,
        })
        .unwrap_or_default();
    anyhow::anyhow!(match c {
        CertificateError::UnknownIssuer | CertificateError::BadSignature => {
            crate::tr!("tls-unknown-issuer", roots = roots)
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            crate::tr!("tls-wrong-name", host = host)
        }
        CertificateError::Expired
        | CertificateError::ExpiredContext { .. }
        | CertificateError::NotValidYet
        | CertificateError::NotValidYetContext { .. } => crate::tr!("tls-expired"),
        CertificateError::Revoked => crate::tr!("tls-revoked"),
        other => crate::tr!("tls-refused", reason = format!("{other:?}")),
    })
}

fn roots(file: Option<&str>) -> Result<rustls::RootCertStore> {
    use rustls::pki_types::pem::PemObject;
    let mut store = rustls::RootCertStore::empty();
    match file {
        Some(f) => {
            for c in CertificateDer::pem_file_iter(f)
                .with_context(|| crate::tr!("tls-read-roots", file = f))?
            {
                store.add(c.with_context(|| crate::tr!("tls-bad-cert", file = f))?)?;
            }
        }
        None => {
            for c in rustls_native_certs::load_native_certs().certs {
                let _ = store.add(c);
            }
        }
    }
    if store.is_empty() {
        bail!(crate::tr!("tls-no-root"));
    }
    Ok(store)
}

/// `require`: the channel is encrypted, the certificate is not checked (libpq's meaning).
#[derive(Debug)]
struct Unchecked(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        Ok(ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls12_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        rustls::crypto::verify_tls13_signature(m, c, d, &self.0.signature_verification_algorithms)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain is checked, the host name is not.
#[derive(Debug)]
struct AnyName(Arc<rustls::client::WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        e: &CertificateDer<'_>,
        i: &[CertificateDer<'_>],
        n: &ServerName<'_>,
        o: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        match self.0.verify_server_cert(e, i, n, o, now) {
            Err(Error::InvalidCertificate(CertificateError::NotValidForName))
            | Err(Error::InvalidCertificate(CertificateError::NotValidForNameContext { .. })) => {
                Ok(ServerCertVerified::assertion())
            }
            r => r,
        }
    }
    fn verify_tls12_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.0.verify_tls12_signature(m, c, d)
    }
    fn verify_tls13_signature(
        &self,
        m: &[u8],
        c: &CertificateDer<'_>,
        d: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, Error> {
        self.0.verify_tls13_signature(m, c, d)
    }
    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
