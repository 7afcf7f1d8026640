//! C ABI of `GVirConfigDomainSmartcard` and its three modes.
//!
//! `gvir_config_domain_smartcard_passthrough_set_source` is not here yet: it takes a
//! `GVirConfigDomainChardevSource`, a class this branch does not have.

use glib::prelude::*;
use glib::translate::*;

use super::device_accessors::*;
use super::GObjectPtr;
use crate::{
    ConfigObjectExt, DomainAddress, DomainDevice, DomainSmartcard, DomainSmartcardHost, DomainSmartcardHostCertificates,
    DomainSmartcardPassthrough,
};

export_get_type! {
    gvir_config_domain_smartcard_get_type => DomainSmartcard,
    gvir_config_domain_smartcard_host_get_type => DomainSmartcardHost,
    gvir_config_domain_smartcard_host_certificates_get_type => DomainSmartcardHostCertificates,
    gvir_config_domain_smartcard_passthrough_get_type => DomainSmartcardPassthrough,
}

/// Whether `ptr` is a smartcard, or a `GVirConfigDomainRedirdev` (the type libvirt-glib's
/// declaration names, which callers may pass).
unsafe fn smartcard_or_redirdev(ptr: GObjectPtr) -> bool {
    if ptr.is_null() {
        return false;
    }
    let is_a = |t: glib::Type| glib::gobject_ffi::g_type_check_instance_is_a(ptr as *mut _, t.into_glib()) != glib::ffi::GFALSE;
    is_a(DomainSmartcard::static_type()) || glib::Type::from_name("GVirConfigDomainRedirdev").is_some_and(is_a)
}

/// Replaces the `<address>` of a smartcard (or of a redirected USB device) with `address`'s
/// element, or removes it for NULL.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_smartcard_set_address(redirdev: GObjectPtr, address: GObjectPtr) {
    if !smartcard_or_redirdev(redirdev) {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_smartcard_set_address",
            c"GVIR_CONFIG_IS_DOMAIN_SMARTCARD(redirdev) || GVIR_CONFIG_IS_DOMAIN_REDIRDEV(redirdev)",
        );
    }
    let device: glib::translate::Borrowed<DomainDevice> = from_glib_borrow(redirdev as *mut glib::gobject_ffi::GObject as *mut _);
    let address = if address.is_null() {
        None
    } else {
        Some(self_arg!(address as DomainAddress, gvir_config_domain_smartcard_set_address))
    };
    capi_support::guard("gvir_config_domain_smartcard_set_address", (), || {
        let node = address.as_ref().map(|a| a.node());
        device.node().attach_replace("address", node.as_ref());
    })
}

export_new!(gvir_config_domain_smartcard_host_new, DomainSmartcardHost::new());
export_new_from_xml!(gvir_config_domain_smartcard_host_new_from_xml, DomainSmartcardHost::from_xml_opt);

export_new!(gvir_config_domain_smartcard_host_certificates_new, DomainSmartcardHostCertificates::new());
export_new_from_xml!(gvir_config_domain_smartcard_host_certificates_new_from_xml, DomainSmartcardHostCertificates::from_xml_opt);
export_str_setter!(gvir_config_domain_smartcard_host_certificates_set_database, smartcard: DomainSmartcardHostCertificates, set_database);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_smartcard_host_certificates_set_certificates(
    smartcard: GObjectPtr,
    cert1: *const std::ffi::c_char,
    cert2: *const std::ffi::c_char,
    cert3: *const std::ffi::c_char,
) {
    let smartcard = self_arg!(smartcard as DomainSmartcardHostCertificates, gvir_config_domain_smartcard_host_certificates_set_certificates);
    capi_support::guard("gvir_config_domain_smartcard_host_certificates_set_certificates", (), || {
        let (c1, c2, c3) = (super::opt_str(cert1), super::opt_str(cert2), super::opt_str(cert3));
        smartcard.set_certificates(c1.as_deref(), c2.as_deref(), c3.as_deref())
    })
}

export_new!(gvir_config_domain_smartcard_passthrough_new, DomainSmartcardPassthrough::new());
export_new_from_xml!(gvir_config_domain_smartcard_passthrough_new_from_xml, DomainSmartcardPassthrough::from_xml_opt);
